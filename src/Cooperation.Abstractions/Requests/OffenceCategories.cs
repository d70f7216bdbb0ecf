using Cooperation.Law;

namespace Cooperation.Requests;

/// <summary>Where each <see cref="OffenceCategory"/> is established, and what follows from it.</summary>
public static class OffenceCategories
{
    /// <summary>Gets the provision of UNTOC or a Protocol that establishes the offence, or <see langword="null"/> if neither does.</summary>
    /// <param name="category">The category.</param>
    /// <returns>For example <c>UNTOC art. 6</c> or <c>TIP art. 5</c>; <see langword="null"/> for drug trafficking.</returns>
    public static ArticleCitation? UntocFamilyCitation(OffenceCategory category) =>
        (int)category is var i && i >= 1 && i < UntocFamily.Length ? UntocFamily[i] : null;

    // Built once: citations are checked against the catalogue when created, and these are asked for on every evaluation.
    private static readonly ArticleCitation?[] UntocFamily = [null, .. Enum.GetValues<OffenceCategory>().Order().Select(Compute)];

    private static ArticleCitation? Compute(OffenceCategory category) => category switch
    {
        OffenceCategory.ParticipationInOrganizedCriminalGroup => ArticleCitation.Create(Instrument.Untoc, 5),
        OffenceCategory.MoneyLaundering => ArticleCitation.Create(Instrument.Untoc, 6),
        OffenceCategory.Corruption => ArticleCitation.Create(Instrument.Untoc, 8),
        OffenceCategory.ObstructionOfJustice => ArticleCitation.Create(Instrument.Untoc, 23),
        OffenceCategory.TraffickingInPersons => ArticleCitation.Create(Instrument.TraffickingInPersonsProtocol, 5),
        OffenceCategory.SmugglingOfMigrants => ArticleCitation.Create(Instrument.SmugglingOfMigrantsProtocol, 6),
        OffenceCategory.FirearmsTrafficking => ArticleCitation.Create(Instrument.FirearmsProtocol, 5),
        _ => null,
    };

    /// <summary>Gets the Protocol whose offence the category is, or <see langword="null"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The Protocol (TIP, SOM or FP), or <see langword="null"/>.</returns>
    public static Instrument? Protocol(OffenceCategory category) => category switch
    {
        OffenceCategory.TraffickingInPersons => Instrument.TraffickingInPersonsProtocol,
        OffenceCategory.SmugglingOfMigrants => Instrument.SmugglingOfMigrantsProtocol,
        OffenceCategory.FirearmsTrafficking => Instrument.FirearmsProtocol,
        _ => null,
    };

    /// <summary>
    /// Tells whether the category is an offence established by UNTOC itself (arts. 5, 6, 8, 23) or by a Protocol
    /// (which its art. 1(3) makes an offence established by the Convention): UNTOC art. 3(1)(a).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> for every category except drug trafficking.</returns>
    public static bool IsUntocOffence(OffenceCategory category) => UntocFamilyCitation(category) is not null;

    /// <summary>Tells whether the category is an offence established by UNCAC (arts. 15-25).</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> for corruption, money laundering and obstruction of justice.</returns>
    public static bool IsUncacOffence(OffenceCategory category) =>
        category is OffenceCategory.Corruption or OffenceCategory.MoneyLaundering or OffenceCategory.ObstructionOfJustice;

    /// <summary>Tells whether the category is an offence established under the 1988 Convention art. 3(1) (drug trafficking and the laundering of its proceeds).</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> for drug trafficking and money laundering.</returns>
    public static bool IsDrugConventionOffence(OffenceCategory category) =>
        category is OffenceCategory.DrugTrafficking or OffenceCategory.MoneyLaundering;
}
