using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Rules;
using Cooperation.Rules.Cases;
using Cooperation.Tracking.Lifecycle;
using NodaTime;

namespace Cooperation.Tracking.Compliance;

/// <summary>
/// Reviews a request's history against the convention it invokes: refusals and postponements made without a recorded
/// consultation (UNTOC arts. 16(16), 18(26); UNCAC arts. 44(17), 46(26); 1988 Convention art. 7(17), postponement
/// only), and refusals on grounds the convention excludes, judged by the rules engine (bank secrecy, art. 18(8);
/// fiscal matters alone, arts. 16(15) and 18(22)).
/// </summary>
/// <remarks>
/// Flags are findings, not errors: the history records what happened, and a refusal on an excluded ground is still a
/// refusal. They are computed when asked for, so that a correction of the rules applies to every past request.
/// </remarks>
public sealed class ComplianceReview
{
    private readonly IEligibilityEvaluator _evaluator;

    /// <summary>Initializes the review.</summary>
    /// <param name="evaluator">The rules engine that judges refusal grounds.</param>
    public ComplianceReview(IEligibilityEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        _evaluator = evaluator;
    }

    /// <summary>Reviews one request.</summary>
    /// <param name="file">The request.</param>
    /// <returns>The flags, in history order; empty when nothing is amiss.</returns>
    public IReadOnlyList<ComplianceFlag> Review(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var flags = new List<ComplianceFlag>();
        var instrument = ConventionInvoked(file);
        var consulted = false;
        var consultationNotAppropriate = false;
        foreach (var e in file.History)
        {
            switch (e.Kind)
            {
                case RequestEventKind.ConsultationHeld:
                    consulted = true;
                    break;
                case RequestEventKind.ConsultationNotAppropriate:
                    consultationNotAppropriate = true;
                    break;
                case RequestEventKind.Refused:
                    if (!consulted && !(consultationNotAppropriate && file.Details.Kind == RequestKind.Extradition)
                        && ConsultBeforeRefusing(file.Details.Kind, instrument) is { } before)
                    {
                        flags.Add(new ComplianceFlag("refusalWithoutConsultation", before, e.Sequence, null, file.Details.Kind == RequestKind.Extradition
                            ? $"No consultation with the requesting State is recorded before the refusal, nor why it was not appropriate; {before} requires one, where appropriate, to let it present its opinions and information."
                            : $"No consultation with the requesting State is recorded before the refusal; {before} requires one, to consider whether assistance may be granted subject to conditions."));
                    }

                    if ((e.Grounds ?? []).Contains(RefusalGround.OngoingProceedings) && PostponeInstead(file.Details.Kind, instrument) is { } postpone)
                    {
                        flags.Add(new ComplianceFlag("refusalOnPostponementGround", postpone, e.Sequence, RefusalGround.OngoingProceedings,
                            $"Interference with an ongoing investigation, prosecution or proceeding allows postponing assistance ({postpone}), not refusing it."));
                    }

                    flags.AddRange(ExcludedGrounds(file, e, instrument));
                    break;
                case RequestEventKind.Postponed when !consulted && ConsultBeforePostponing(file.Details.Kind, instrument) is { } beforePostponing:
                    flags.Add(new ComplianceFlag("postponementWithoutConsultation", beforePostponing, e.Sequence, null,
                        $"No consultation with the requesting State is recorded before the postponement; {beforePostponing} requires one, to consider whether assistance may be granted subject to conditions."));
                    break;
            }
        }

        return flags;
    }

    /// <summary>
    /// The convention the request invokes, whose consultation duties apply: a request made under a treaty or domestic
    /// law alone is governed by them, and the SDK does not guess their terms.
    /// </summary>
    private static Instrument? ConventionInvoked(CaseFile file) =>
        (file.Details.LegalBasis ?? []).Select(b => b.Citation?.Instrument).FirstOrDefault(i => i is not null);

    // UNTOC 16(16) and 18(26), their UNCAC twins 44(17) and 46(26); the 1988 Convention asks for consultation before
    // postponing (7(17)), not before refusing.
    private static ArticleCitation? ConsultBeforeRefusing(RequestKind kind, Instrument? instrument) => (kind, FamilyOf(instrument)) switch
    {
        (RequestKind.Extradition, ConventionFamily.Untoc) => ArticleCitation.Create(Instrument.Untoc, 16, 16),
        (RequestKind.Extradition, ConventionFamily.Uncac) => ArticleCitation.Create(Instrument.Uncac, 44, 17),
        (RequestKind.MutualLegalAssistance, ConventionFamily.Untoc) => ArticleCitation.Create(Instrument.Untoc, 18, 26),
        (RequestKind.MutualLegalAssistance, ConventionFamily.Uncac) => ArticleCitation.Create(Instrument.Uncac, 46, 26),
        _ => null,
    };

    private static ArticleCitation? ConsultBeforePostponing(RequestKind kind, Instrument? instrument) => (kind, FamilyOf(instrument)) switch
    {
        (RequestKind.MutualLegalAssistance, ConventionFamily.Untoc) => ArticleCitation.Create(Instrument.Untoc, 18, 26),
        (RequestKind.MutualLegalAssistance, ConventionFamily.Uncac) => ArticleCitation.Create(Instrument.Uncac, 46, 26),
        (RequestKind.MutualLegalAssistance, ConventionFamily.Drugs1988) => ArticleCitation.Create(Instrument.DrugConvention1988, 7, 17),
        _ => null,
    };

    private static ArticleCitation? PostponeInstead(RequestKind kind, Instrument? instrument) => (kind, FamilyOf(instrument)) switch
    {
        (RequestKind.MutualLegalAssistance, ConventionFamily.Untoc) => ArticleCitation.Create(Instrument.Untoc, 18, 25),
        (RequestKind.MutualLegalAssistance, ConventionFamily.Uncac) => ArticleCitation.Create(Instrument.Uncac, 46, 25),
        (RequestKind.MutualLegalAssistance, ConventionFamily.Drugs1988) => ArticleCitation.Create(Instrument.DrugConvention1988, 7, 17),
        _ => null,
    };

    private static ConventionFamily FamilyOf(Instrument? instrument) =>
        instrument is null ? ConventionFamily.None
        : instrument == Instrument.Untoc || instrument.IsProtocol ? ConventionFamily.Untoc
        : instrument == Instrument.Uncac ? ConventionFamily.Uncac
        : instrument == Instrument.DrugConvention1988 ? ConventionFamily.Drugs1988
        : ConventionFamily.None;

    private IEnumerable<ComplianceFlag> ExcludedGrounds(CaseFile file, RequestEvent refusal, Instrument? instrument)
    {
        var details = file.Details;
        var @case = new CooperationCase(
            $"request-{file.Id}", details.Kind, details.RequestingState, [details.RequestedState],
            Instrument: instrument,
            Offence: new Offence(Category: details.Offence, Penalty: details.MaximumPenalty),
            Measures: details.Measures,
            RefusalGroundsInvoked: refusal.Grounds);
        var asOf = refusal.At.InUtc().Date;
        return _evaluator.Evaluate(@case, asOf)
            .SelectMany(d => d.RefusalGrounds)
            .Where(a => a.Valid == false)
            .Select(a => new ComplianceFlag("excludedRefusalGround", a.Citation, refusal.Sequence, a.Ground, a.Explanation));
    }
}
