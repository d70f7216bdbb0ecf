using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;
using NodaTime;

namespace Cooperation.Law;

/// <summary>
/// One of the six UN crime-control treaties whose cooperation provisions the SDK encodes.
/// </summary>
/// <remarks>
/// <para>
/// The six instances are the only ones: an <see cref="Instrument"/> cannot name a treaty the SDK does not know.
/// Each carries the abbreviation used in citations (<see cref="Abbreviation"/>), its general entry-into-force
/// date and the rule that gives its entry into force for a State that joins later.
/// </para>
/// <para>
/// The three Protocols supplement UNTOC (UNTOC art. 37; Protocols art. 1): a State can be a party to a Protocol
/// only if it is a party to the Convention, and the Convention applies to the Protocol <i>mutatis mutandis</i>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; the instances are shared singletons.</threadsafety>
[JsonConverter(typeof(InstrumentJsonConverter))]
public sealed class Instrument : IEquatable<Instrument>
{
    /// <summary>United Nations Convention against Transnational Organized Crime (2000), the Palermo Convention.</summary>
    public static Instrument Untoc { get; } = new(
        "UNTOC", "United Nations Convention against Transnational Organized Crime", "XVIII-12",
        new LocalDate(2003, 9, 29), daysAfterDeposit: 30, entryIntoForceArticle: 38, supplements: null);

    /// <summary>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children.</summary>
    public static Instrument TraffickingInPersonsProtocol { get; } = new(
        "TIP", "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime", "XVIII-12-a",
        new LocalDate(2003, 12, 25), daysAfterDeposit: 30, entryIntoForceArticle: 17, supplements: Untoc);

    /// <summary>Protocol against the Smuggling of Migrants by Land, Sea and Air.</summary>
    public static Instrument SmugglingOfMigrantsProtocol { get; } = new(
        "SOM", "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime", "XVIII-12-b",
        new LocalDate(2004, 1, 28), daysAfterDeposit: 30, entryIntoForceArticle: 22, supplements: Untoc);

    /// <summary>Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition.</summary>
    public static Instrument FirearmsProtocol { get; } = new(
        "FP", "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime", "XVIII-12-c",
        new LocalDate(2005, 7, 3), daysAfterDeposit: 30, entryIntoForceArticle: 18, supplements: Untoc);

    /// <summary>United Nations Convention against Corruption (2003).</summary>
    public static Instrument Uncac { get; } = new(
        "UNCAC", "United Nations Convention against Corruption", "XVIII-14",
        new LocalDate(2005, 12, 14), daysAfterDeposit: 30, entryIntoForceArticle: 68, supplements: null);

    /// <summary>United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (1988).</summary>
    public static Instrument DrugConvention1988 { get; } = new(
        "1988", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances", "VI-19",
        new LocalDate(1990, 11, 11), daysAfterDeposit: 90, entryIntoForceArticle: 29, supplements: null);

    private static readonly Instrument[] AllInstruments =
        [Untoc, TraffickingInPersonsProtocol, SmugglingOfMigrantsProtocol, FirearmsProtocol, Uncac, DrugConvention1988];

    private Instrument(
        string abbreviation, string name, string treatyCollectionNumber, LocalDate entryIntoForce,
        int daysAfterDeposit, int entryIntoForceArticle, Instrument? supplements)
    {
        Abbreviation = abbreviation;
        Name = name;
        TreatyCollectionNumber = treatyCollectionNumber;
        EntryIntoForce = entryIntoForce;
        DaysAfterDeposit = daysAfterDeposit;
        EntryIntoForceArticle = entryIntoForceArticle;
        Supplements = supplements;
    }

    /// <summary>Gets the position of the instrument in <see cref="All"/>: the order citations sort in.</summary>
    internal int Order => Array.IndexOf(AllInstruments, this);

    /// <summary>Gets the six instruments, Convention first, then its Protocols, UNCAC and the 1988 Convention.</summary>
    public static IReadOnlyList<Instrument> All => AllInstruments;

    /// <summary>Gets the abbreviation used in citations: <c>UNTOC</c>, <c>TIP</c>, <c>SOM</c>, <c>FP</c>, <c>UNCAC</c> or <c>1988</c>.</summary>
    public string Abbreviation { get; }

    /// <summary>Gets the full English title.</summary>
    public string Name { get; }

    /// <summary>Gets the chapter number of the status page in the UN Treaty Collection (MTDSG), for example <c>XVIII-12</c>.</summary>
    public string TreatyCollectionNumber { get; }

    /// <summary>Gets the date on which the instrument entered into force generally.</summary>
    public LocalDate EntryIntoForce { get; }

    /// <summary>
    /// Gets the number of days after a State deposits its instrument of ratification, acceptance, approval or
    /// accession that the treaty enters into force for it: 30 for UNTOC, its Protocols and UNCAC; 90 for the
    /// 1988 Convention (art. 29(2)).
    /// </summary>
    public int DaysAfterDeposit { get; }

    /// <summary>Gets the article of the instrument that governs its entry into force.</summary>
    public int EntryIntoForceArticle { get; }

    /// <summary>Gets the Convention a Protocol supplements, or <see langword="null"/> for a Convention.</summary>
    public Instrument? Supplements { get; }

    /// <summary>Gets a value indicating whether this is one of the three Protocols supplementing UNTOC.</summary>
    public bool IsProtocol => Supplements is not null;

    /// <summary>
    /// Computes the date the instrument enters into force for a State that deposited its instrument on
    /// <paramref name="deposit"/>: the later of the general entry into force and deposit plus
    /// <see cref="DaysAfterDeposit"/> days.
    /// </summary>
    /// <param name="deposit">The date of deposit.</param>
    /// <returns>The date of entry into force for that State.</returns>
    /// <remarks>
    /// The same rule covers States that deposited before the general entry into force: for them the treaty enters
    /// into force on the general date. Successions are not covered: a successor State is bound from the date of
    /// succession, which is data, not a computation.
    /// </remarks>
    public LocalDate EntryIntoForceAfterDeposit(LocalDate deposit) =>
        LocalDate.Max(EntryIntoForce, deposit.PlusDays(DaysAfterDeposit));

    /// <summary>Finds an instrument by abbreviation, ignoring case; also accepts <c>C1988</c> for the 1988 Convention.</summary>
    /// <param name="abbreviation">The abbreviation.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="abbreviation"/> is null.</exception>
    /// <exception cref="FormatException">No instrument has that abbreviation; the message names the value.</exception>
    public static Instrument Parse(string abbreviation)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        return TryParse(abbreviation, out var instrument)
            ? instrument
            : throw new FormatException(
                $"'{abbreviation}' is not a known instrument; expected one of UNTOC, TIP, SOM, FP, UNCAC, 1988.");
    }

    /// <summary>Tries to find an instrument by abbreviation, ignoring case; also accepts <c>C1988</c>.</summary>
    /// <param name="abbreviation">The abbreviation.</param>
    /// <param name="instrument">The instrument, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if an instrument has that abbreviation.</returns>
    public static bool TryParse([NotNullWhen(true)] string? abbreviation, [MaybeNullWhen(false)] out Instrument instrument)
    {
        var trimmed = abbreviation?.Trim();
        if (string.Equals(trimmed, "C1988", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "1988";
        }

        instrument = Array.Find(AllInstruments, i => string.Equals(i.Abbreviation, trimmed, StringComparison.OrdinalIgnoreCase));
        return instrument is not null;
    }

    /// <summary>Returns the abbreviation.</summary>
    /// <returns>The abbreviation, for example <c>UNTOC</c>.</returns>
    public override string ToString() => Abbreviation;

    /// <inheritdoc/>
    public bool Equals(Instrument? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Abbreviation);
}
