using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Rules;
using Cooperation.Rules.Cases;
using Cooperation.Tracking.Lifecycle;
using NodaTime;

namespace Cooperation.Tracking.Compliance;

/// <summary>
/// Reviews a request's history against the convention: refusals and postponements made without a recorded
/// consultation (UNTOC arts. 16(16), 18(26)), and refusals on grounds the convention excludes, judged by the rules
/// engine (bank secrecy, art. 18(8); fiscal matters alone, arts. 16(15) and 18(22)).
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
        var consulted = false;
        foreach (var e in file.History)
        {
            switch (e.Kind)
            {
                case RequestEventKind.ConsultationHeld:
                    consulted = true;
                    break;
                case RequestEventKind.Refused:
                    if (!consulted && ConsultationCitation(file.Details.Kind) is { } before)
                    {
                        flags.Add(new ComplianceFlag("refusalWithoutConsultation", before, e.Sequence, null,
                            $"No consultation with the requesting State is recorded before the refusal; {before} requires one, where appropriate, to let it present its opinions and information."));
                    }

                    flags.AddRange(ExcludedGrounds(file, e));
                    break;
                case RequestEventKind.Postponed when !consulted && file.Details.Kind == RequestKind.MutualLegalAssistance:
                    flags.Add(new ComplianceFlag("postponementWithoutConsultation", ArticleCitation.Create(Instrument.Untoc, 18, 26), e.Sequence, null,
                        "No consultation with the requesting State is recorded before the postponement; UNTOC art. 18(26) requires one, to consider whether assistance may be granted subject to conditions."));
                    break;
            }
        }

        return flags;
    }

    private static ArticleCitation? ConsultationCitation(RequestKind kind) => kind switch
    {
        RequestKind.Extradition => ArticleCitation.Create(Instrument.Untoc, 16, 16),
        RequestKind.MutualLegalAssistance => ArticleCitation.Create(Instrument.Untoc, 18, 26),
        _ => null,
    };

    private IEnumerable<ComplianceFlag> ExcludedGrounds(CaseFile file, RequestEvent refusal)
    {
        var details = file.Details;
        var instrument = (details.LegalBasis ?? []).Select(b => b.Citation?.Instrument).FirstOrDefault(i => i is not null);
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
