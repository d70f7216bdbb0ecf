using RulesEngine.Models;

namespace Cooperation.Benchmarks.Peer;

/// <summary>
/// The subset of <see cref="Subset.SubsetRules"/> as one RulesEngine workflow of lambda expressions over
/// <see cref="PeerFacts"/>. A rule's name is what it records when it succeeds: <c>F|rule|effect|citation</c> a finding,
/// <c>N|fact|citation</c> a missing fact, <c>B|rank|basis citation</c> a legal basis, <c>R|ground valid citation</c> a
/// refusal ground judged, <c>X</c> the case excluded.
/// </summary>
public static class PeerWorkflow
{
    public const string Name = "untoc-subset";

    private const string Mla = "!f.IsExtradition";
    private const string Ex = "f.IsExtradition";

    public static Workflow Create() => new()
    {
        WorkflowName = Name,
        Rules =
        [
            // UNTOC art. 38
            Rule("F|R-APP-01|Must|UNTOC art. 38", "f.RequestingParty == true && f.RequestedParty == true"),
            Rule("F|R-APP-01|NotApplicable|UNTOC art. 38", "f.RequestingParty == false || f.RequestedParty == false"),
            Rule("X|R-APP-01", "f.RequestingParty == false || f.RequestedParty == false"),
            Rule("N|requestingState.partyTo.UNTOC|UNTOC art. 38", "f.RequestingParty == null && f.RequestedParty != false"),
            Rule("N|requestedState.partyTo.UNTOC|UNTOC art. 38", "f.RequestedParty == null && f.RequestingParty != false"),

            // UNTOC art. 2(b), 3(2), 3(1)
            Rule("F|R-SC-01|Must|UNTOC art. 2(b)", "f.SeriousCrime == true"),
            Rule("F|R-SC-01|NotApplicable|UNTOC art. 2(b)", "f.SeriousCrime == false"),
            Rule("N|offence.maxPenaltyMonths|UNTOC art. 2(b)", "f.SeriousCrime == null && f.SeriousCrimeMatters"),
            Rule("F|R-SC-TN|Must|UNTOC art. 3(2)", "f.Transnational == true && f.TransnationalStated"),
            Rule("F|R-SC-TN|NotApplicable|UNTOC art. 3(2)", "f.Transnational == false"),
            Rule("F|R-SC-08|Must|UNTOC art. 3(1)", "f.Covered == true"),
            Rule("F|R-SC-08|NotApplicable|UNTOC art. 3(1)", "f.Covered == false"),

            // UNTOC art. 16(1)
            Rule("F|R-EX-01|Must|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality == true && f.Covered == true"),
            Rule("F|R-EX-02|Must|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality == true && f.Covered != true && f.ExtraditionRelaxed == true"),
            Rule("F|R-DC-02|NotApplicable|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality == false"),
            Rule("X|R-DC-02", $"{Ex} && f.DualCriminality == false"),
            Rule("F|R-EX-00|NotApplicable|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality != false && f.ExtraditionApplies == false"),
            Rule("X|R-EX-00", $"{Ex} && f.DualCriminality != false && f.ExtraditionApplies == false"),
            Rule("N|dualCriminality|UNTOC art. 16(1)", $"{Ex} && f.ExtraditionApplies == null && f.DualCriminality == null"),
            Rule("N|offence.maxPenaltyMonths|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality != false && f.ExtraditionApplies == null && f.CoveredOrExtraditionRelaxed == null && f.Article3Offence == null"),
            Rule("N|offence.organizedCriminalGroup|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality != false && f.ExtraditionApplies == null && f.CoveredOrExtraditionRelaxed == null && f.OrganizedCriminalGroup == null"),
            Rule("N|offence.transnational|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality != false && f.ExtraditionApplies == null && f.CoveredOrExtraditionRelaxed == null && f.ExtraditionRelaxed != true && f.Transnational == null"),
            Rule("N|locatedInRequestedState.personSought|UNTOC art. 16(1)", $"{Ex} && f.DualCriminality != false && f.ExtraditionApplies == null && f.CoveredOrExtraditionRelaxed == null && f.Covered != true && f.PersonSought == null"),

            // UNTOC art. 16(3)-(6)
            Rule("T|R-EX-04", $"{Ex} && f.Treaties > 0"),
            Rule("F|R-EX-05|May|UNTOC art. 16(5)(a)", $"{Ex} && f.Notified == \"Accepts\""),
            Rule("B|2|Convention UNTOC art. 16(5)(a)", $"{Ex} && f.Notified == \"Accepts\" && f.InForce"),
            Rule("F|R-EX-05|NotApplicable|UNTOC art. 16(5)(a)", $"{Ex} && f.Notified == \"DoesNotAccept\""),
            Rule("F|R-EX-05|DependsOnDomesticLaw|UNTOC art. 16(5)(a)", $"{Ex} && (f.Notified == \"Unknown\" || f.Notified == \"NotNotified\")"),
            Rule("F|R-EX-06|Must|UNTOC art. 16(6)", $"{Ex} && f.TreatyConditional == false"),
            Rule("B|3|DomesticLaw UNTOC art. 16(6)", $"{Ex} && f.TreatyConditional == false"),
            Rule("N|extraditionTreaty|UNTOC art. 16(4)", $"{Ex} && f.BasisAvailable == null"),
            Rule("N|requestedState.UNTOC.conventionAsExtraditionBasis|UNTOC art. 16(4)",
                $"{Ex} && f.BasisAvailable == null && (f.Notified == \"\" || f.Notified == \"Unknown\" || f.Notified == \"NotNotified\")"),
            Rule("R|Fiscal False UNTOC art. 16(15)", $"{Ex} && f.Fiscal"),
            Rule("F|R-EX-14|MustNot|UNTOC art. 16(15)", $"{Ex} && f.Fiscal"),

            // UNTOC art. 18(1)
            Rule("F|R-MLA-01|Must|UNTOC art. 18(1)", $"{Mla} && f.Covered == true"),
            Rule("B|2|Convention UNTOC art. 18(1)", $"{Mla} && (f.Covered == true || f.MlaRelaxed == true) && f.InForce"),
            Rule("F|R-MLA-02|Must|UNTOC art. 18(1)", $"{Mla} && f.Covered != true && f.MlaRelaxed == true"),
            Rule("F|R-MLA-00|NotApplicable|UNTOC art. 18(1)", $"{Mla} && f.MlaApplies == false"),
            Rule("X|R-MLA-00", $"{Mla} && f.MlaApplies == false"),
            Rule("N|offence.maxPenaltyMonths|UNTOC art. 18(1)", $"{Mla} && f.MlaApplies == null && f.Article3Offence == null"),
            Rule("N|offence.organizedCriminalGroup|UNTOC art. 18(1)", $"{Mla} && f.MlaApplies == null && f.OrganizedCriminalGroup == null"),
            Rule("N|locatedInRequestedState|UNTOC art. 18(1)", $"{Mla} && f.MlaApplies == null && f.TransnationalOrLinked == null"),

            // UNTOC art. 18(9), 18(8), 18(22)
            Rule("F|R-DC-04|May|UNTOC art. 18(9)", $"{Mla} && f.DualCriminality != true"),
            Rule("R|AbsenceOfDualCriminality True UNTOC art. 18(9)", $"{Mla} && f.AbsenceOfDualCriminality && f.DualCriminality != true"),
            Rule("R|AbsenceOfDualCriminality False UNTOC art. 18(9)", $"{Mla} && f.AbsenceOfDualCriminality && f.DualCriminality == true"),
            Rule("R|BankSecrecy False UNTOC art. 18(8)", $"{Mla} && f.BankSecrecy"),
            Rule("F|R-MLA-07|MustNot|UNTOC art. 18(8)", $"{Mla} && f.BankSecrecy"),
            Rule("R|Fiscal False UNTOC art. 18(22)", $"{Mla} && f.Fiscal"),
            Rule("F|R-MLA-08|MustNot|UNTOC art. 18(22)", $"{Mla} && f.Fiscal"),
        ],
    };

    private static Rule Rule(string name, string expression) => new()
    {
        RuleName = name,
        Expression = expression,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
    };
}
