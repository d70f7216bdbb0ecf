using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.States;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cooperation.Rules.Tests.Properties;

/// <summary>Random cases over States whose embedded data differ (notifications, central authorities, languages, gaps).</summary>
public static class CaseGenerators
{
    public static readonly StateCode[] States =
        [.. new[] { "BRA", "MEX", "USA", "VNM", "SVN", "TUV", "ESP", "GBR", "NGA", "LIE", "CHE", "IND", "LSO", "MCO" }.Select(StateCode.Parse)];

    private static Gen<bool?> Tri => Gen.Elements<bool?>(true, false, null);

    private static Gen<T[]> SubsetOf<T>(T[] values) => Gen.SubListOf(values).Select(l => l.ToArray());

    public static readonly Gen<Offence> Offences =
        from category in Gen.Elements<OffenceCategory?>([null, .. Enum.GetValues<OffenceCategory>()])
        from months in Gen.Elements<int?>(null, 1, 12, 36, 47, 48, 49, 60, 120, 240)
        from ocg in Tri
        from transnational in Tri
        from fiscal in Tri
        select new Offence(category, months, null, ocg, null, transnational, null, fiscal);

    public static readonly Gen<CooperationCase> Cases =
        from kind in Gen.Elements(RequestKind.Extradition, RequestKind.MutualLegalAssistance)
        from instrument in Gen.Elements<Instrument?>(null, null, Instrument.Untoc, Instrument.Uncac, Instrument.DrugConvention1988)
        from requesting in Gen.Elements(States)
        from requested in SubsetOf(States).Select(s => s.Where(x => x != requesting).Take(3).ToArray())
        from offence in Offences
        from locatedKnown in Gen.Elements(true, false)
        from located in SubsetOf(Enum.GetValues<LocatedItem>())
        from dc in Tri
        from measures in SubsetOf(Enum.GetValues<MlaMeasure>())
        from grounds in SubsetOf(Enum.GetValues<RefusalGround>())
        from urgent in Tri
        where requested.Length > 0
        select new CooperationCase(
            $"P-{requesting}-{kind}", kind, requesting, requested, instrument, offence,
            locatedKnown ? located : null, DualCriminality.ForAll(dc),
            kind == RequestKind.MutualLegalAssistance ? measures : [], grounds, urgent);

    public static readonly Gen<LocalDate> Dates =
        Gen.Choose(0, 40 * 365).Select(days => new LocalDate(1995, 1, 1).PlusDays(days));

    public static Arbitrary<CooperationCase> CaseArbitrary() => Cases.ToArbitrary();

    public static Arbitrary<LocalDate> DateArbitrary() => Dates.ToArbitrary();
}
