using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.States;

/// <summary>
/// A State (country or territory), identified by its ISO 3166-1 alpha-3 code.
/// </summary>
/// <remarks>
/// <para>
/// Instances exist only for the 249 codes that ISO 3166-1 assigns, so a <see cref="StateCode"/> in hand is
/// always a real, known code: it is parsed once at the edge (JSON, command line) and never validated again.
/// <see cref="Parse(string)"/> accepts alpha-3 (<c>BRA</c>) and alpha-2 (<c>BR</c>) codes in any case; the
/// canonical text form is always alpha-3 upper case.
/// </para>
/// <para>
/// Parties to the instruments that have no ISO code (the European Union, a regional economic integration
/// organization under UNTOC art. 2(j)) are not States and are not represented by this type.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and interned: instances may be shared freely and compared by reference.</threadsafety>
[JsonConverter(typeof(StateCodeJsonConverter))]
public sealed class StateCode : IEquatable<StateCode>, IComparable<StateCode>
{
    private static readonly StateCode[] AllCodes = IsoCountryTable.Entries
        .Select(e => new StateCode(e.Alpha3, e.Alpha2, e.Numeric, e.Name, e.OfficialName))
        .ToArray();

    private static readonly FrozenDictionary<string, StateCode> ByCode = AllCodes
        .SelectMany(c => new[] { KeyValuePair.Create(c.Alpha3, c), KeyValuePair.Create(c.Alpha2, c) })
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private StateCode(string alpha3, string alpha2, string numeric, string name, string? officialName)
    {
        Alpha3 = alpha3;
        Alpha2 = alpha2;
        Numeric = numeric;
        Name = name;
        OfficialName = officialName;
    }

    /// <summary>Gets every code ISO 3166-1 assigns, ordered by alpha-3 code.</summary>
    public static IReadOnlyList<StateCode> All => AllCodes;

    /// <summary>Gets the ISO 3166-1 alpha-3 code, upper case (for example <c>BRA</c>).</summary>
    public string Alpha3 { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code, upper case (for example <c>BR</c>).</summary>
    public string Alpha2 { get; }

    /// <summary>Gets the ISO 3166-1 numeric code as three digits (for example <c>076</c>).</summary>
    public string Numeric { get; }

    /// <summary>Gets the English short name that ISO 3166-1 gives (for example <c>Brazil</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the English official name where ISO 3166-1 gives one (for example <c>Federative Republic of Brazil</c>).</summary>
    public string? OfficialName { get; }

    /// <summary>Parses an ISO 3166-1 alpha-3 or alpha-2 code, ignoring case and surrounding white space.</summary>
    /// <param name="value">The code, for example <c>BRA</c>, <c>bra</c> or <c>BR</c>.</param>
    /// <returns>The State with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not an assigned ISO 3166-1 code; the message names it.</exception>
    public static StateCode Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var code)
            ? code
            : throw new FormatException($"'{value}' is not an ISO 3166-1 alpha-3 or alpha-2 State code.");
    }


    /// <summary>Tries to parse an ISO 3166-1 alpha-3 or alpha-2 code, ignoring case and surrounding white space.</summary>
    /// <param name="value">The code.</param>
    /// <param name="result">The State, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if <paramref name="value"/> is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [MaybeNullWhen(false)] out StateCode result)
    {
        result = null;
        return value is not null && ByCode.TryGetValue(value.Trim(), out result);
    }


    /// <summary>Returns the alpha-3 code.</summary>
    /// <returns>The alpha-3 code, for example <c>BRA</c>.</returns>
    public override string ToString() => Alpha3;

    /// <inheritdoc/>
    public bool Equals(StateCode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Alpha3);

    /// <summary>Orders States by alpha-3 code.</summary>
    /// <param name="other">The State to compare with.</param>
    /// <returns>The ordinal comparison of the alpha-3 codes; null sorts first.</returns>
    public int CompareTo(StateCode? other) => other is null ? 1 : string.CompareOrdinal(Alpha3, other.Alpha3);

    /// <summary>Compares two States for equality.</summary>
    /// <param name="left">The first State.</param>
    /// <param name="right">The second State.</param>
    /// <returns><see langword="true"/> if both are the same State.</returns>
    public static bool operator ==(StateCode? left, StateCode? right) => ReferenceEquals(left, right);

    /// <summary>Compares two States for inequality.</summary>
    /// <param name="left">The first State.</param>
    /// <param name="right">The second State.</param>
    /// <returns><see langword="true"/> if they are different States.</returns>
    public static bool operator !=(StateCode? left, StateCode? right) => !ReferenceEquals(left, right);
}
