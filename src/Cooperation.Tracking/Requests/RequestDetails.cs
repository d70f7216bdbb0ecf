using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Tracking.Requests;

/// <summary>
/// What is recorded of a request when it is opened: the statistical fields the Conference of the Parties asks States
/// to collect, the references that tie it to national files, and nothing that names a person (that is
/// <see cref="PersonalData"/>, kept apart).
/// </summary>
/// <param name="Direction">Incoming or outgoing.</param>
/// <param name="Kind">Extradition, mutual legal assistance, ...</param>
/// <param name="RequestingState">The State making the request.</param>
/// <param name="RequestedState">The State asked.</param>
/// <param name="Authorities">The authorities involved, by directory identifier.</param>
/// <param name="Offence">The offence category; <see langword="null"/> when outside the categories the SDK knows.</param>
/// <param name="MaximumPenalty">The statutory maximum penalty of the offence, when known.</param>
/// <param name="Measures">For mutual legal assistance: the measures sought (UNTOC art. 18(3)).</param>
/// <param name="LegalBasis">The legal bases invoked.</param>
/// <param name="Urgent">Whether the request is marked urgent.</param>
/// <param name="Deadline">The deadline the requesting State suggested, and why (UNTOC art. 18(24)).</param>
/// <param name="Links">The draft and the eligibility determination it was sent with.</param>
/// <param name="References">National file numbers and other free references, by label (for example <c>"prosecutor": "2026/114"</c>).</param>
public sealed record RequestDetails(
    Direction Direction,
    RequestKind Kind,
    StateCode RequestingState,
    StateCode RequestedState,
    RequestAuthorities? Authorities = null,
    OffenceCategory? Offence = null,
    Penalty? MaximumPenalty = null,
    IReadOnlyList<MlaMeasure>? Measures = null,
    IReadOnlyList<InvokedLegalBasis>? LegalBasis = null,
    bool Urgent = false,
    SuggestedDeadline? Deadline = null,
    RequestLinks? Links = null,
    IReadOnlyDictionary<string, string>? References = null)
{
    /// <summary>Gets the other State: the requested State of an outgoing request, the requesting State of an incoming one.</summary>
    public StateCode Counterpart => Direction == Direction.Outgoing ? RequestedState : RequestingState;

    /// <summary>Gets whether one of the bases invoked is UNTOC itself or one of its Protocols.</summary>
    public bool InvokesUntoc => (LegalBasis ?? []).Any(b => b.Citation is { } c && (c.Instrument == Law.Instrument.Untoc || c.Instrument.IsProtocol));
}
