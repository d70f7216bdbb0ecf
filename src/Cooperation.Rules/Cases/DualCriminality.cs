using System.Text.Json.Serialization;
using Cooperation.Rules.Serialization;
using Cooperation.States;

namespace Cooperation.Rules.Cases;

/// <summary>
/// Whether the conduct is an offence under the law of both States (UNCAC art. 43(2): the conduct, not the name or
/// category of the offence, is compared), for every requested State or per requested State.
/// </summary>
/// <remarks>In JSON: <c>true</c>, <c>false</c>, <c>null</c> (unknown), or an object keyed by State code, such as <c>{"MEX": true, "USA": null}</c>; a State the object leaves out is unknown.</remarks>
[JsonConverter(typeof(DualCriminalityJsonConverter))]
public sealed record DualCriminality
{
    private DualCriminality(bool? all, IReadOnlyDictionary<StateCode, bool?> byState)
    {
        All = all;
        ByState = byState;
    }

    /// <summary>Gets the value that holds for every requested State, when the case gives one value.</summary>
    public bool? All { get; }

    /// <summary>Gets the values per requested State, when the case gives them per State.</summary>
    public IReadOnlyDictionary<StateCode, bool?> ByState { get; }

    /// <summary>Creates one value for every requested State.</summary>
    /// <param name="value">True, false, or <see langword="null"/> for unknown.</param>
    /// <returns>The dual-criminality statement.</returns>
    public static DualCriminality ForAll(bool? value) => new(value, new Dictionary<StateCode, bool?>());

    /// <summary>Creates values per requested State; a State not listed is unknown.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The dual-criminality statement.</returns>
    public static DualCriminality PerState(IReadOnlyDictionary<StateCode, bool?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(null, values);
    }

    /// <summary>Gets the value for one requested State.</summary>
    /// <param name="requested">The requested State.</param>
    /// <returns>True, false, or <see langword="null"/> if unknown.</returns>
    public bool? For(StateCode requested) => ByState.Count == 0 ? All : ByState.GetValueOrDefault(requested);
}
