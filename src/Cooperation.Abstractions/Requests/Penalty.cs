using System.Globalization;
using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Requests;

/// <summary>
/// The maximum penalty the law provides for an offence: a maximum deprivation of liberty in months, life
/// imprisonment, a more serious penalty, or no deprivation of liberty at all.
/// </summary>
/// <remarks>
/// <para>
/// UNTOC art. 2(b) defines serious crime by the <i>statutory maximum</i>, not by the sentence imposed: "a maximum
/// deprivation of liberty of at least four years or a more serious penalty". This type holds that maximum, in whole
/// months so that "four years" and "48 months" are the same value and the boundary is exact.
/// </para>
/// <para>
/// Penalties are ordered: non-custodial &lt; any term (by months) &lt; life imprisonment &lt; more serious.
/// In JSON a penalty is an object: <c>{"kind":"deprivationOfLiberty","maximumMonths":48}</c>,
/// <c>{"kind":"lifeImprisonment"}</c>, <c>{"kind":"moreSerious"}</c> or <c>{"kind":"nonCustodial"}</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(PenaltyJsonConverter))]
public sealed record Penalty : IComparable<Penalty>
{
    /// <summary>The largest term accepted, in months (200 years): anything longer is a data-entry error, not a penalty.</summary>
    public const int MaximumTermMonths = 2400;

    private Penalty(PenaltyKind kind, int? maximumMonths)
    {
        Kind = kind;
        MaximumMonths = maximumMonths;
    }

    /// <summary>Gets life imprisonment.</summary>
    public static Penalty LifeImprisonment { get; } = new(PenaltyKind.LifeImprisonment, null);

    /// <summary>Gets a penalty more serious than deprivation of liberty (for example the death penalty).</summary>
    public static Penalty MoreSerious { get; } = new(PenaltyKind.MoreSerious, null);

    /// <summary>Gets a penalty without deprivation of liberty (for example a fine only).</summary>
    public static Penalty NonCustodial { get; } = new(PenaltyKind.NonCustodial, null);

    /// <summary>Gets the kind of penalty.</summary>
    public PenaltyKind Kind { get; }

    /// <summary>Gets the maximum term in months for <see cref="PenaltyKind.DeprivationOfLiberty"/>; otherwise <see langword="null"/>.</summary>
    public int? MaximumMonths { get; }

    /// <summary>Creates a maximum deprivation of liberty of a number of months.</summary>
    /// <param name="months">The maximum term, from 1 to <see cref="MaximumTermMonths"/> months.</param>
    /// <returns>The penalty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to <see cref="MaximumTermMonths"/>.</exception>
    public static Penalty DeprivationOfLibertyMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaximumTermMonths);
        return new Penalty(PenaltyKind.DeprivationOfLiberty, months);
    }

    /// <summary>Creates a maximum deprivation of liberty of a number of years.</summary>
    /// <param name="years">The maximum term in years, from 1 to 200.</param>
    /// <returns>The penalty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is outside 1 to 200.</exception>
    public static Penalty DeprivationOfLibertyYears(int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, MaximumTermMonths / 12);
        return new Penalty(PenaltyKind.DeprivationOfLiberty, years * 12);
    }

    /// <summary>
    /// Gets a value indicating whether the penalty is at least a maximum deprivation of liberty of
    /// <paramref name="months"/> months, counting life imprisonment and more serious penalties as exceeding every term.
    /// </summary>
    /// <param name="months">The threshold in months; for UNTOC art. 2(b) it is 48.</param>
    /// <returns><see langword="true"/> if the penalty reaches the threshold (exactly equal counts).</returns>
    public bool IsAtLeastMonths(int months) => Kind switch
    {
        PenaltyKind.LifeImprisonment or PenaltyKind.MoreSerious => true,
        PenaltyKind.DeprivationOfLiberty => MaximumMonths >= months,
        _ => false,
    };

    /// <inheritdoc/>
    public int CompareTo(Penalty? other) =>
        other is null ? 1
        : Kind != other.Kind ? Kind.CompareTo(other.Kind)
        : Nullable.Compare(MaximumMonths, other.MaximumMonths);

    /// <summary>Describes the penalty in English, for example <c>deprivation of liberty up to 4 years</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        PenaltyKind.DeprivationOfLiberty when MaximumMonths % 12 == 0 =>
            string.Create(CultureInfo.InvariantCulture, $"deprivation of liberty up to {MaximumMonths / 12} year{(MaximumMonths == 12 ? string.Empty : "s")}"),
        PenaltyKind.DeprivationOfLiberty =>
            string.Create(CultureInfo.InvariantCulture, $"deprivation of liberty up to {MaximumMonths} month{(MaximumMonths == 1 ? string.Empty : "s")}"),
        PenaltyKind.LifeImprisonment => "life imprisonment",
        PenaltyKind.MoreSerious => "a penalty more serious than deprivation of liberty",
        _ => "no deprivation of liberty",
    };
}
