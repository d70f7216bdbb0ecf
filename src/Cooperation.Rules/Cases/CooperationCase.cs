using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Rules.Cases;

/// <summary>
/// A case to assess: who asks whom for what, about which offence, and what is known of it. Every fact is unknown
/// (<see langword="null"/>) unless the case states it; unknown facts lead to "information needed", never to a guess.
/// </summary>
/// <param name="Id">The caller's identifier for the case.</param>
/// <param name="Kind">Extradition or mutual legal assistance.</param>
/// <param name="RequestingState">The State making the request.</param>
/// <param name="RequestedStates">The States to be asked; one determination is made for each.</param>
/// <param name="Instrument">The instrument to assess under; if not given, the one that establishes the offence (the Protocol of a Protocol offence, the 1988 Convention for drug trafficking), otherwise UNTOC.</param>
/// <param name="Offence">The offence.</param>
/// <param name="LocatedInRequestedState">What of the case is in the requested State: the complete list when given (what it leaves out is not there); unknown when <see langword="null"/>.</param>
/// <param name="DualCriminality">Whether the conduct is an offence in both States.</param>
/// <param name="Measures">For mutual legal assistance: the measures sought (UNTOC art. 18(3)).</param>
/// <param name="RefusalGroundsInvoked">Grounds on which the requested State refused or says it will refuse, to be judged.</param>
/// <param name="Urgent">Whether the request is urgent.</param>
/// <param name="Request">How the request is made (language, translations, oral), for UNTOC art. 18(14).</param>
public sealed record CooperationCase(
    string Id,
    RequestKind Kind,
    StateCode RequestingState,
    IReadOnlyList<StateCode> RequestedStates,
    Instrument? Instrument = null,
    Offence? Offence = null,
    IReadOnlyList<LocatedItem>? LocatedInRequestedState = null,
    DualCriminality? DualCriminality = null,
    IReadOnlyList<MlaMeasure>? Measures = null,
    IReadOnlyList<RefusalGround>? RefusalGroundsInvoked = null,
    bool? Urgent = null,
    RequestForm? Request = null);
