using System.Text.Json;
using Cooperation.Directory;
using Cooperation.Evaluation;
using Outcome = Cooperation.Evaluation.Outcome;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.Serialization;
using Cooperation.States;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Rules.Tests.Properties;

public class RuleProperties
{
    private static readonly EligibilityEvaluator Evaluator = new(CooperationDirectory.Embedded, new FakeClock(Instant.FromUtc(2026, 11, 27, 12, 0)));

    private static string Json(IEnumerable<Determination> determinations) =>
        string.Join("\n", determinations.Select(Json));

    private static string Json(Determination determination) =>
        JsonSerializer.Serialize(determination, CooperationJson.Options.GetTypeInfo(typeof(Determination)));

    private static Finding? SeriousCrime(Determination d) => d.Findings.SingleOrDefault(f => f.Rule == "R-SC-01");

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool SeriousCrime_IsMetExactlyFromFourYears(CooperationCase @case, PositiveInt months)
    {
        var m = Math.Min(months.Get, Penalty.MaximumTermMonths);
        var withPenalty = @case with { Instrument = Instrument.Untoc, Offence = (@case.Offence ?? new Offence()) with { MaxPenaltyMonths = m, Penalty = null } };
        return Evaluator.Evaluate(withPenalty, new LocalDate(2026, 1, 1))
            .All(d => SeriousCrime(d)?.Effect == (m >= 48 ? Effect.Must : Effect.NotApplicable));
    }

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool RaisingTheMaximumPenalty_NeverRemovesTheSeriousCrimeFinding(CooperationCase @case, PositiveInt low, PositiveInt raise)
    {
        var lower = Math.Min(low.Get, Penalty.MaximumTermMonths);
        var higher = Math.Min(lower + raise.Get, Penalty.MaximumTermMonths);
        var offence = @case.Offence ?? new Offence();
        var date = new LocalDate(2026, 1, 1);
        var before = Evaluator.Evaluate(@case with { Offence = offence with { MaxPenaltyMonths = lower, Penalty = null } }, date);
        var after = Evaluator.Evaluate(@case with { Offence = offence with { MaxPenaltyMonths = higher, Penalty = null } }, date);
        return before.Zip(after).All(p => SeriousCrime(p.First)?.Effect != Effect.Must || SeriousCrime(p.Second)?.Effect == Effect.Must);
    }

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 150)]
    public bool TheOrderOfFacts_DoesNotChangeTheResult(CooperationCase @case, LocalDate asOf)
    {
        var reordered = @case with
        {
            RequestedStates = [.. @case.RequestedStates.Reverse()],
            Measures = @case.Measures?.Reverse().ToList(),
            RefusalGroundsInvoked = @case.RefusalGroundsInvoked?.Reverse().ToList(),
            LocatedInRequestedState = @case.LocatedInRequestedState?.Reverse().ToList(),
        };
        var original = Evaluator.Evaluate(@case, asOf).ToDictionary(d => d.RequestedState);
        return Evaluator.Evaluate(reordered, asOf).All(d => Json(d) == Json(original[d.RequestedState]));
    }

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 30)]
    public bool BulkEqualsSingle_AndCaseOrderDoesNotMatter(NonEmptyArray<CooperationCase> cases, LocalDate asOf)
    {
        var list = cases.Get.Select((c, i) => c with { Id = $"case-{i}" }).ToList();
        var single = list.SelectMany(c => Evaluator.Evaluate(c, asOf)).ToList();
        var bulk = Evaluator.EvaluateMany(list, asOf).ToList();
        var reversed = Evaluator.EvaluateMany(Enumerable.Reverse(list), asOf).ToList();
        var asyncBulk = Evaluator.EvaluateManyAsync(list.ToAsyncEnumerable(), asOf).ToListAsync().AsTask().GetAwaiter().GetResult();

        string Key(Determination d) => $"{d.CaseId}/{d.RequestedState}";
        return Json(bulk) == Json(single)
            && Json(asyncBulk) == Json(single)
            && Json(reversed.OrderBy(Key, StringComparer.Ordinal)) == Json(single.OrderBy(Key, StringComparer.Ordinal));
    }

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool EveryCitationEmitted_IsInTheArticleCatalogue(CooperationCase @case, LocalDate asOf) =>
        Evaluator.Evaluate(@case, asOf)
            .SelectMany(d => d.Findings.Select(f => f.Citation)
                .Concat(d.LegalBasis.Select(b => b.Citation))
                .Concat(d.InformationNeeded.Select(n => n.Citation))
                .Concat(d.RefusalGrounds.Select(r => r.Citation)))
            .All(c => ArticleCitation.TryParse(c.ToString(), out var parsed) && parsed == c);

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool AStateNotYetParty_NeverYieldsAConventionLegalBasis(CooperationCase @case, LocalDate asOf, PositiveInt daysLater)
    {
        var joinsLater = new JoiningLater(CooperationDirectory.Embedded, @case.RequestedStates, asOf.PlusDays(daysLater.Get));
        var evaluator = new EligibilityEvaluator(joinsLater, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        return evaluator.Evaluate(@case, asOf).All(d =>
            d.LegalBasis.All(b => b.Basis != LegalBasisKind.Convention));
    }

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool AFiscalOnlyRefusal_IsAlwaysInvalid(CooperationCase @case, LocalDate asOf) =>
        Evaluator.Evaluate(@case with { RefusalGroundsInvoked = [RefusalGround.Fiscal] }, asOf)
            .All(d => d.RefusalGrounds.All(r => r.Valid == false) && (Applies(d) == false || d.RefusalGrounds.Count == 1));

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool ABankSecrecyOnlyRefusalOfAssistance_IsAlwaysInvalid(CooperationCase @case, LocalDate asOf) =>
        Evaluator.Evaluate(@case with { Kind = RequestKind.MutualLegalAssistance, RefusalGroundsInvoked = [RefusalGround.BankSecrecy] }, asOf)
            .All(d => d.RefusalGrounds.Count == 1 && d.RefusalGrounds[0].Valid == false);

    [Property(Arbitrary = [typeof(CaseGenerators)], MaxTest = 200)]
    public bool AnUnknownFact_NeverMakesACaseEligible_ThatTheSameKnownFactWouldExclude(CooperationCase @case, LocalDate asOf)
    {
        // Stating dual criminality can only move an outcome from "information needed" to a decision, never from a
        // decision to another one: an unknown fact is never silently read as false (or true).
        var unknown = Evaluator.Evaluate(@case with { DualCriminality = DualCriminality.ForAll(null) }, asOf);
        var known = new[] { true, false }.Select(v => Evaluator.Evaluate(@case with { DualCriminality = DualCriminality.ForAll(v) }, asOf)).ToList();
        return unknown.Select((d, i) => d.Outcome == Outcome.InformationNeeded || known.All(k => k[i].Outcome == d.Outcome)).All(x => x);
    }

    private static bool Applies(Determination d) => d.Outcome != Outcome.NotEligible;

    /// <summary>Embedded profiles, except that the requested States join every instrument only on a later date.</summary>
    private sealed class JoiningLater(IStateProfiles inner, IReadOnlyList<StateCode> states, LocalDate entryIntoForce) : IStateProfiles
    {
        public StateProfile Get(StateCode state)
        {
            var profile = inner.Get(state);
            if (!states.Contains(state))
            {
                return profile;
            }

            var source = new Provenance("test", entryIntoForce);
            return profile with
            {
                Participation = [.. Instrument.All.Select(i => new InstrumentParticipation(i, ParticipationStatus.Accession, entryIntoForce.PlusDays(-30), entryIntoForce, source))],
            };
        }
    }
}
