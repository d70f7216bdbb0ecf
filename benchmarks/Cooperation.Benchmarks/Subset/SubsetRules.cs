using Cooperation.Evaluation;
using Cooperation.Rules.Engine;

namespace Cooperation.Benchmarks.Subset;

/// <summary>
/// The subset of the rules the ceiling evaluator implements by hand: serious crime (art. 2(b)), scope and relaxed
/// transnationality (arts. 3(1), 3(2), 16(1), 18(1)), entry into force (art. 38), dual criminality (16(1), 18(9)), the
/// extradition legal basis (16(3)-(6)), and the fiscal and bank-secrecy grounds (16(15), 18(8), 18(22)).
/// </summary>
public static class SubsetRules
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "R-APP-01", "R-SC-01", "R-SC-TN", "R-SC-08",
        "R-EX-00", "R-EX-01", "R-EX-02", "R-DC-02", "R-EX-04", "R-EX-05", "R-EX-06", "R-EX-05/undecided", "R-EX-14",
        "R-MLA-00", "R-MLA-01", "R-MLA-02", "R-DC-04", "R-MLA-07", "R-MLA-08",
    };

    /// <summary>The finding rule ids the subset produces (a rule named "R-EX-05/undecided" reports as "R-EX-05").</summary>
    public static readonly IReadOnlySet<string> Ids = Names.Select(n => n.Split('/')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The engine restricted to the subset.</summary>
    public static NRules.ISessionFactory Compile() =>
        RuleCatalog.Compile(Names.Contains);

    /// <summary>What the subset decides, without the English prose: the part the three implementations must agree on.</summary>
    public static SubsetResult Project(Determination d) => new(
        d.CaseId,
        d.RequestedState.Alpha3,
        d.Outcome,
        [.. d.Findings.Where(f => Ids.Contains(f.Rule)).Select(f => $"{f.Rule} {f.Effect} {f.Citation}").Order(StringComparer.Ordinal)],
        [.. d.LegalBasis.Select(b => $"{b.Basis} {b.Citation}").Order(StringComparer.Ordinal)],
        [.. d.InformationNeeded.Select(n => $"{n.Fact} {n.Citation}").Order(StringComparer.Ordinal)],
        [.. d.RefusalGrounds.Select(r => $"{r.Ground} {r.Valid} {r.Citation}").Order(StringComparer.Ordinal)]);
}

/// <summary>The subset's decision for one case and requested State.</summary>
public sealed record SubsetResult(
    string CaseId,
    string RequestedState,
    Outcome Outcome,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<string> InformationNeeded,
    IReadOnlyList<string> RefusalGrounds)
{
    public string Key => string.Join(" | ", [CaseId, RequestedState, Outcome.ToString(), .. Findings, "/", .. LegalBases, "/", .. InformationNeeded, "/", .. RefusalGrounds]);
}
