using Cooperation.Languages;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Drafting.Drafts;

/// <summary>
/// A request for mutual legal assistance or extradition being drafted: an immutable value a host saves as JSON and
/// resumes. Every field is optional while drafting; the checklist says which ones the request needs.
/// </summary>
/// <param name="Kind">Mutual legal assistance or extradition.</param>
/// <param name="RequestingState">The State making the request.</param>
/// <param name="RequestedState">The State asked (may be given when checking or rendering instead).</param>
/// <param name="Reference">The requesting authority's file reference.</param>
/// <param name="Instrument">The instrument relied on; if not given, the one the eligibility engine assesses under.</param>
/// <param name="Language">The language the values of the draft are written in.</param>
/// <param name="Case">The facts the eligibility engine needs (offence, locations, dual criminality) to fill the legal basis.</param>
/// <param name="RequestingAuthority">The authority making the request (UNTOC art. 18(15)(a)).</param>
/// <param name="ConductingAuthority">The authority conducting the investigation, prosecution or proceeding (18(15)(b)).</param>
/// <param name="SubjectMatter">The subject matter and nature of the investigation, prosecution or proceeding (18(15)(b)).</param>
/// <param name="FactsSummary">A summary of the relevant facts (18(15)(c)).</param>
/// <param name="Offences">The offences and the law that punishes them.</param>
/// <param name="Persons">Persons concerned: identity, location, nationality (18(15)(e)).</param>
/// <param name="Measures">The assistance sought, measure by measure (18(15)(d), 18(3)).</param>
/// <param name="Procedures">Any particular procedure the requesting State wishes followed (18(15)(d), 18(17)).</param>
/// <param name="Purpose">The purpose for which the evidence, information or action is sought (18(15)(f)).</param>
/// <param name="Urgent">Whether the request is urgent.</param>
/// <param name="UrgencyReasons">Why it is urgent.</param>
/// <param name="Deadline">A date by which execution is sought (18(24)).</param>
/// <param name="DeadlineReason">Why that date (18(24): deadlines are taken into account when reasons are given).</param>
/// <param name="Confidential">Whether the fact and substance of the request are to be kept confidential (18(20)).</param>
/// <param name="ConfidentialityReasons">Why.</param>
/// <param name="PersonSought">Extradition: the person sought.</param>
/// <param name="Status">Extradition: accused or convicted.</param>
/// <param name="Warrant">Extradition of an accused person: the warrant.</param>
/// <param name="Judgment">Extradition of a convicted person: the judgment.</param>
/// <param name="Assurances">Extradition: assurances given (speciality, no death penalty, fair trial...).</param>
/// <param name="Annexes">Documents attached.</param>
/// <param name="Signatory">Who signs, where and when.</param>
/// <param name="AsOf">The date to assess eligibility as of; today if not given.</param>
public sealed record RequestDraft(
    RequestKind Kind,
    StateCode RequestingState,
    StateCode? RequestedState = null,
    string? Reference = null,
    Instrument? Instrument = null,
    LanguageTag? Language = null,
    CaseFacts? Case = null,
    AuthorityDetails? RequestingAuthority = null,
    AuthorityDetails? ConductingAuthority = null,
    string? SubjectMatter = null,
    string? FactsSummary = null,
    IReadOnlyList<OffenceDescription>? Offences = null,
    IReadOnlyList<PersonConcerned>? Persons = null,
    IReadOnlyList<MeasureRequest>? Measures = null,
    string? Procedures = null,
    string? Purpose = null,
    bool? Urgent = null,
    string? UrgencyReasons = null,
    LocalDate? Deadline = null,
    string? DeadlineReason = null,
    bool? Confidential = null,
    string? ConfidentialityReasons = null,
    PersonSought? PersonSought = null,
    ExtraditionStatus? Status = null,
    Warrant? Warrant = null,
    Judgment? Judgment = null,
    IReadOnlyList<string>? Assurances = null,
    IReadOnlyList<string>? Annexes = null,
    Signatory? Signatory = null,
    LocalDate? AsOf = null);

/// <summary>The facts of the case that the eligibility engine needs, as in <see cref="CooperationCase"/>.</summary>
/// <param name="Offence">The offence.</param>
/// <param name="LocatedInRequestedState">What of the case is in the requested State.</param>
/// <param name="DualCriminality">Whether the conduct is an offence in both States.</param>
public sealed record CaseFacts(Offence? Offence = null, IReadOnlyList<LocatedItem>? LocatedInRequestedState = null, bool? DualCriminality = null);
