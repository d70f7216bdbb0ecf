using Cooperation.Evaluation;
using Cooperation.Profiles;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;

namespace Cooperation.Benchmarks.Peer;

/// <summary>
/// The case as RulesEngine's expressions see it: each property calls, when read, the same law helper the NRules rules
/// call (nothing is resolved in advance), exposed publicly because Dynamic LINQ binds only to public members.
/// </summary>
public sealed class PeerFacts
{
    private readonly CaseFacts _f;

    internal PeerFacts(CaseFacts facts) => _f = facts;

    internal CaseFacts Facts => _f;

    public bool? RequestingParty => _f.RequestingProfile.IsPartyOn(Law.Instrument.Untoc, _f.AsOf);

    public bool? RequestedParty => _f.RequestedProfile.IsPartyOn(Law.Instrument.Untoc, _f.AsOf);

    public bool? SeriousCrime => Article02SeriousCrime.IsSeriousCrime(_f);

    public bool SeriousCrimeMatters => Article02SeriousCrime.Matters(_f);

    public bool? Transnational => Article03Transnationality.IsTransnational(_f);

    public bool TransnationalStated => _f.Offence.Transnational is not null;

    public bool? Covered => Article03Scope.IsCovered(_f);

    public bool? Article3Offence => Article03Scope.IsArticle3Offence(_f);

    public bool? OrganizedCriminalGroup => Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(_f);

    public bool IsExtradition => _f.IsExtradition;

    public bool? DualCriminality => _f.DualCriminality;

    public bool? ExtraditionRelaxed => Article16ExtraditionScope.RelaxedLimb(_f);

    public bool? ExtraditionApplies => Article16ExtraditionScope.Applies(_f);

    public bool? PersonSought => Article16ExtraditionScope.PersonSoughtInRequestedState(_f);

    public bool? CoveredOrExtraditionRelaxed => Logic.Or(Covered, ExtraditionRelaxed);

    public int Treaties => ExtraditionLegalBasis.Treaties(_f).Count();

    public string Notified => ExtraditionLegalBasis.Notified(_f, Law.Instrument.Untoc)?.ToString() ?? "";

    public bool? TreatyConditional => ExtraditionLegalBasis.TreatyConditional(_f, Law.Instrument.Untoc);

    public bool? BasisAvailable => ExtraditionLegalBasis.Available(_f, Law.Instrument.Untoc);

    public bool InForce => InstrumentInForce.InForceFor(_f);

    public bool? MlaRelaxed => Article18MutualLegalAssistanceScope.RelaxedLimb(_f);

    public bool? MlaApplies => Article18MutualLegalAssistanceScope.Applies(_f);

    public bool? TransnationalOrLinked => Logic.Or(Transnational, Article18MutualLegalAssistanceScope.LinkInRequestedState(_f));

    public bool Fiscal => _f.Invokes(RefusalGround.Fiscal);

    public bool BankSecrecy => _f.Invokes(RefusalGround.BankSecrecy);

    public bool AbsenceOfDualCriminality => _f.Invokes(RefusalGround.AbsenceOfDualCriminality);
}
