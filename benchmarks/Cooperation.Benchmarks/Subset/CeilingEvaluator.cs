using Cooperation.Evaluation;
using Cooperation.Profiles;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NodaTime;

namespace Cooperation.Benchmarks.Subset;

/// <summary>
/// The ceiling: the subset of the rules (<see cref="SubsetRules"/>) hand-written as plain C#, with the same law
/// helpers the rules call but no rules engine, no sessions and no English explanations. Its results equal the
/// engine's on the subset (a test proves it), so the ratio of the two measures what the engine costs.
/// </summary>
public sealed class CeilingEvaluator(IStateProfiles profiles)
{
    public IEnumerable<SubsetResult> EvaluateMany(IEnumerable<CooperationCase> cases, LocalDate asOf)
    {
        foreach (var c in cases)
        {
            var requesting = profiles.Get(c.RequestingState);
            foreach (var requested in c.RequestedStates)
            {
                yield return Evaluate(new CaseFacts(c, requested, asOf, requesting, profiles.Get(requested)));
            }
        }
    }

    private static SubsetResult Evaluate(CaseFacts f)
    {
        var findings = new List<string>();
        var bases = new List<(int Rank, string Text)>();
        var needs = new HashSet<string>(StringComparer.Ordinal);
        var refusals = new List<string>();
        var excluded = false;
        void Find(string rule, Effect effect, string citation) => findings.Add($"{rule} {effect} {citation}");
        void Need(string fact, string citation) => needs.Add($"{fact} {citation}");
        void ConventionBasis(string citation)
        {
            if (InstrumentInForce.InForceFor(f))
            {
                bases.Add((2, $"{LegalBasisKind.Convention} {citation}"));
            }
        }

        // UNTOC art. 38
        var requesting = f.RequestingProfile.IsPartyOn(Law.Instrument.Untoc, f.AsOf);
        var requested = f.RequestedProfile.IsPartyOn(Law.Instrument.Untoc, f.AsOf);
        switch (Logic.And(requesting, requested))
        {
            case true: Find("R-APP-01", Effect.Must, "UNTOC art. 38"); break;
            case false: Find("R-APP-01", Effect.NotApplicable, "UNTOC art. 38"); excluded = true; break;
            default:
                if (requesting is null) Need("requestingState.partyTo.UNTOC", "UNTOC art. 38");
                if (requested is null) Need("requestedState.partyTo.UNTOC", "UNTOC art. 38");
                break;
        }

        // UNTOC art. 2(b), 3(2), 3(1)
        switch (Article02SeriousCrime.IsSeriousCrime(f))
        {
            case true: Find("R-SC-01", Effect.Must, "UNTOC art. 2(b)"); break;
            case false: Find("R-SC-01", Effect.NotApplicable, "UNTOC art. 2(b)"); break;
            default: if (Article02SeriousCrime.Matters(f)) Need("offence.maxPenaltyMonths", "UNTOC art. 2(b)"); break;
        }

        var transnational = Article03Transnationality.IsTransnational(f);
        if (transnational == true && f.Offence.Transnational is not null) Find("R-SC-TN", Effect.Must, "UNTOC art. 3(2)");
        if (transnational == false) Find("R-SC-TN", Effect.NotApplicable, "UNTOC art. 3(2)");
        var covered = Article03Scope.IsCovered(f);
        if (covered is bool c) Find("R-SC-08", c ? Effect.Must : Effect.NotApplicable, "UNTOC art. 3(1)");

        var art3 = Article03Scope.IsArticle3Offence(f);
        var ocg = Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f);
        if (f.IsExtradition)
        {
            // UNTOC art. 16(1)
            var relaxed = Article16ExtraditionScope.RelaxedLimb(f);
            if (f.DualCriminality == true && covered == true) Find("R-EX-01", Effect.Must, "UNTOC art. 16(1)");
            if (f.DualCriminality == true && covered != true && relaxed == true) Find("R-EX-02", Effect.Must, "UNTOC art. 16(1)");
            if (f.DualCriminality == false) { Find("R-DC-02", Effect.NotApplicable, "UNTOC art. 16(1)"); excluded = true; }
            var applies = Article16ExtraditionScope.Applies(f);
            if (f.DualCriminality != false && applies != true)
            {
                if (applies == false) { Find("R-EX-00", Effect.NotApplicable, "UNTOC art. 16(1)"); excluded = true; }
                else
                {
                    if (f.DualCriminality is null) Need("dualCriminality", "UNTOC art. 16(1)");
                    if (Logic.Or(covered, relaxed) is null)
                    {
                        if (art3 is null) Need("offence.maxPenaltyMonths", "UNTOC art. 16(1)");
                        if (ocg is null) Need("offence.organizedCriminalGroup", "UNTOC art. 16(1)");
                        if (relaxed != true && transnational is null) Need("offence.transnational", "UNTOC art. 16(1)");
                        if (covered != true && Article16ExtraditionScope.PersonSoughtInRequestedState(f) is null) Need("locatedInRequestedState.personSought", "UNTOC art. 16(1)");
                    }
                }
            }

            // UNTOC art. 16(3)-(6)
            foreach (var _ in ExtraditionLegalBasis.Treaties(f))
            {
                bases.Add((1, $"{LegalBasisKind.Treaty} UNTOC art. 16(3)"));
                Find("R-EX-04", Effect.Must, "UNTOC art. 16(3)");
            }

            switch (ExtraditionLegalBasis.Notified(f, Law.Instrument.Untoc))
            {
                case ConventionAsExtraditionBasis.Accepts: ConventionBasis("UNTOC art. 16(5)(a)"); Find("R-EX-05", Effect.May, "UNTOC art. 16(5)(a)"); break;
                case ConventionAsExtraditionBasis.DoesNotAccept: Find("R-EX-05", Effect.NotApplicable, "UNTOC art. 16(5)(a)"); break;
                case ConventionAsExtraditionBasis.Unknown:
                case ConventionAsExtraditionBasis.NotNotified: Find("R-EX-05", Effect.DependsOnDomesticLaw, "UNTOC art. 16(5)(a)"); break;
            }

            if (ExtraditionLegalBasis.TreatyConditional(f, Law.Instrument.Untoc) == false)
            {
                bases.Add((3, $"{LegalBasisKind.DomesticLaw} UNTOC art. 16(6)"));
                Find("R-EX-06", Effect.Must, "UNTOC art. 16(6)");
            }

            if (ExtraditionLegalBasis.Available(f, Law.Instrument.Untoc) is null)
            {
                Need("extraditionTreaty", "UNTOC art. 16(4)");
                if (ExtraditionLegalBasis.Notified(f, Law.Instrument.Untoc) is null or ConventionAsExtraditionBasis.Unknown or ConventionAsExtraditionBasis.NotNotified)
                {
                    Need("requestedState.UNTOC.conventionAsExtraditionBasis", "UNTOC art. 16(4)");
                }
            }

            if (f.Invokes(RefusalGround.Fiscal))
            {
                refusals.Add($"{RefusalGround.Fiscal} False UNTOC art. 16(15)");
                Find("R-EX-14", Effect.MustNot, "UNTOC art. 16(15)");
            }
        }
        else
        {
            // UNTOC art. 18(1)
            var relaxed = Article18MutualLegalAssistanceScope.RelaxedLimb(f);
            if (covered == true) { ConventionBasis("UNTOC art. 18(1)"); Find("R-MLA-01", Effect.Must, "UNTOC art. 18(1)"); }
            if (covered != true && relaxed == true) { ConventionBasis("UNTOC art. 18(1)"); Find("R-MLA-02", Effect.Must, "UNTOC art. 18(1)"); }
            var applies = Article18MutualLegalAssistanceScope.Applies(f);
            if (applies == false) { Find("R-MLA-00", Effect.NotApplicable, "UNTOC art. 18(1)"); excluded = true; }
            else if (applies is null)
            {
                if (art3 is null) Need("offence.maxPenaltyMonths", "UNTOC art. 18(1)");
                if (ocg is null) Need("offence.organizedCriminalGroup", "UNTOC art. 18(1)");
                if (Logic.Or(transnational, Article18MutualLegalAssistanceScope.LinkInRequestedState(f)) is null) Need("locatedInRequestedState", "UNTOC art. 18(1)");
            }

            // UNTOC art. 18(9), 18(8), 18(22)
            if (f.DualCriminality != true) Find("R-DC-04", Effect.May, "UNTOC art. 18(9)");
            if (f.Invokes(RefusalGround.AbsenceOfDualCriminality)) refusals.Add($"{RefusalGround.AbsenceOfDualCriminality} {f.DualCriminality != true} UNTOC art. 18(9)");
            if (f.Invokes(RefusalGround.BankSecrecy)) { refusals.Add($"{RefusalGround.BankSecrecy} False UNTOC art. 18(8)"); Find("R-MLA-07", Effect.MustNot, "UNTOC art. 18(8)"); }
            if (f.Invokes(RefusalGround.Fiscal)) { refusals.Add($"{RefusalGround.Fiscal} False UNTOC art. 18(22)"); Find("R-MLA-08", Effect.MustNot, "UNTOC art. 18(22)"); }
        }

        var outcome = excluded ? Outcome.NotEligible : needs.Count > 0 ? Outcome.InformationNeeded : bases.Count > 0 ? Outcome.Eligible : Outcome.NotEligible;
        return new SubsetResult(
            f.Case.Id, f.Requested.Alpha3, outcome,
            [.. findings.Order(StringComparer.Ordinal)],
            [.. bases.Select(b => b.Text).Distinct().Order(StringComparer.Ordinal)],
            [.. needs.Order(StringComparer.Ordinal)],
            [.. refusals.Order(StringComparer.Ordinal)]);
    }
}
