using System.Text.Json.Serialization;
using Cooperation.Directory.Schedules;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Directory.Authorities;

/// <summary>
/// A competent national authority: who it is, what it is designated for, how to reach it and what it needs to
/// execute a request.
/// </summary>
/// <remarks>
/// <para>
/// Designations are citations of the provisions under which the State designated the authority, for example
/// <c>UNTOC art. 18(13)</c> (central authority for mutual legal assistance), <c>UNTOC art. 16</c> (extradition),
/// <c>SOM art. 8(6)</c> (smuggling of migrants by sea), <c>FP art. 13(2)</c> (firearms point of contact),
/// <c>1988 art. 7(8)</c> or <c>UNCAC art. 46(13)</c>. The request kinds an authority handles follow from them
/// (<see cref="Handles"/>).
/// </para>
/// <para>
/// <see cref="ContactPersons"/> is personal data: the directory never shows it to anonymous readers.
/// </para>
/// </remarks>
public sealed record Authority
{
    /// <summary>Initializes a new instance of the <see cref="Authority"/> record.</summary>
    /// <param name="id">The value of <see cref="Id"/>.</param>
    /// <param name="state">The value of <see cref="State"/>.</param>
    /// <param name="name">The value of <see cref="Name"/>.</param>
    /// <param name="designations">The value of <see cref="Designations"/>.</param>
    /// <param name="provenance">The value of <see cref="Provenance"/>.</param>
    /// <param name="postalAddress">The value of <see cref="PostalAddress"/>; empty if not given.</param>
    /// <param name="telephones">The value of <see cref="Telephones"/>; empty if not given.</param>
    /// <param name="fax">The value of <see cref="Fax"/>; null if not given.</param>
    /// <param name="email">The value of <see cref="Email"/>; null if not given.</param>
    /// <param name="website">The value of <see cref="Website"/>; null if not given.</param>
    /// <param name="contactPersons">The value of <see cref="ContactPersons"/>; empty if not given.</param>
    /// <param name="officeHours">The value of <see cref="OfficeHours"/>; null if not given.</param>
    /// <param name="timeZone">The value of <see cref="TimeZone"/>; null if not given.</param>
    /// <param name="languages">The value of <see cref="Languages"/>; empty if not given.</param>
    /// <param name="requiredDocuments">The value of <see cref="RequiredDocuments"/>; empty if not given.</param>
    /// <param name="acceptedForms">The value of <see cref="AcceptedForms"/>; empty if not given.</param>
    /// <param name="channels">The value of <see cref="Channels"/>; empty if not given.</param>
    /// <param name="acceptsInterpol">The value of <see cref="AcceptsInterpol"/>; null if not given.</param>
    /// <param name="urgentProcedure">The value of <see cref="UrgentProcedure"/>; null if not given.</param>
    /// <param name="remarks">The value of <see cref="Remarks"/>; null if not given.</param>
    [JsonConstructor]
    public Authority(
        string id,
        StateCode state,
        string name,
        IReadOnlyList<ArticleCitation> designations,
        Provenance provenance,
        IReadOnlyList<string>? postalAddress = null,
        IReadOnlyList<string>? telephones = null,
        string? fax = null,
        string? email = null,
        Uri? website = null,
        IReadOnlyList<ContactPerson>? contactPersons = null,
        OfficeHours? officeHours = null,
        string? timeZone = null,
        IReadOnlyList<LanguageAcceptance>? languages = null,
        IReadOnlyList<string>? requiredDocuments = null,
        IReadOnlyList<AcceptedForm>? acceptedForms = null,
        IReadOnlyList<Channel>? channels = null,
        bool? acceptsInterpol = null,
        UrgentProcedure? urgentProcedure = null,
        Remarks? remarks = null)
    {
        Id = id;
        State = state;
        Name = name;
        Designations = designations;
        Provenance = provenance;
        PostalAddress = postalAddress ?? [];
        Telephones = telephones ?? [];
        Fax = fax;
        Email = email;
        Website = website;
        ContactPersons = contactPersons ?? [];
        OfficeHours = officeHours;
        TimeZone = timeZone;
        Languages = languages ?? [];
        RequiredDocuments = requiredDocuments ?? [];
        AcceptedForms = acceptedForms ?? [];
        Channels = channels ?? [];
        AcceptsInterpol = acceptsInterpol;
        UrgentProcedure = urgentProcedure;
        Remarks = remarks;
    }

    /// <summary>Gets the identifier, unique in the directory, for example <c>MEX-FGR</c>.</summary>
    public string Id { get; init; }

    /// <summary>Gets the State that designated the authority.</summary>
    public StateCode State { get; init; }

    /// <summary>Gets the authority's name as the State designated it.</summary>
    public string Name { get; init; }

    /// <summary>Gets the provisions under which it is designated.</summary>
    public IReadOnlyList<ArticleCitation> Designations { get; init; }

    /// <summary>Gets the postal address, one line per element.</summary>
    public IReadOnlyList<string> PostalAddress { get; init; }

    /// <summary>Gets the office telephone numbers (not staff direct lines).</summary>
    public IReadOnlyList<string> Telephones { get; init; }

    /// <summary>Gets the office fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the office e-mail address (not a staff member's).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the web site.</summary>
    public Uri? Website { get; init; }

    /// <summary>Gets the staff to contact: personal data, restricted to authorised readers.</summary>
    public IReadOnlyList<ContactPerson> ContactPersons { get; init; }

    /// <summary>Gets the office hours in local time; <see langword="null"/> if unknown.</summary>
    public OfficeHours? OfficeHours { get; init; }

    /// <summary>Gets the IANA time zone of the office, for example <c>America/Mexico_City</c>; <see langword="null"/> if unknown.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the languages in which requests are accepted, in order of preference.</summary>
    public IReadOnlyList<LanguageAcceptance> Languages { get; init; }

    /// <summary>Gets the information and documents needed to execute a request.</summary>
    public IReadOnlyList<string> RequiredDocuments { get; init; }

    /// <summary>Gets the forms in which requests are accepted.</summary>
    public IReadOnlyList<AcceptedForm> AcceptedForms { get; init; }

    /// <summary>Gets the channels through which requests are accepted.</summary>
    public IReadOnlyList<Channel> Channels { get; init; }

    /// <summary>Gets whether requests through INTERPOL are accepted; <see langword="null"/> if unknown.</summary>
    public bool? AcceptsInterpol { get; init; }

    /// <summary>Gets the special procedure for urgent requests, with its 24/7 contact; <see langword="null"/> if unknown.</summary>
    public UrgentProcedure? UrgentProcedure { get; init; }

    /// <summary>Gets the free remarks.</summary>
    public Remarks? Remarks { get; init; }

    /// <summary>Gets where the record comes from and the date it reflects.</summary>
    public Provenance Provenance { get; init; }

    /// <summary>Gets the request kinds the authority handles, from its designations.</summary>
    [JsonIgnore]
    public IEnumerable<RequestKind> Handles => Designations.SelectMany(DesignationKinds.For).Distinct().Order();

    /// <summary>Tells whether the authority is designated under an instrument, and optionally under an article of it.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="article">The article, or <see langword="null"/> for any.</param>
    /// <returns><see langword="true"/> if a designation matches.</returns>
    public bool IsDesignatedUnder(Instrument instrument, int? article = null) =>
        Designations.Any(d => d.Instrument == instrument && (article is null || d.Article == article));
}
