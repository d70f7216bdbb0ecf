using System.Collections.Frozen;
using Cooperation.Directory.Access;
using Cooperation.Directory.Authorities;
using Cooperation.Directory.Data;
using Cooperation.Directory.Queries;
using Cooperation.Directory.Schedules;
using Cooperation.Directory.Serialization;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Directory;

/// <summary>
/// The directory of competent national authorities: State profiles, authority records, reachability and transmission
/// advice, each answer filtered by what the reader may see.
/// </summary>
/// <remarks>
/// <para>
/// A directory is an immutable snapshot of a <see cref="DirectoryDocument"/>. <see cref="Embedded"/> holds the data
/// shipped in the package (public treaty data and notified institution names, with sources and as-of dates);
/// <see cref="MergeWith"/> lays a user's fuller or newer document over it: a profile replaces the profile of its
/// State as a whole, an authority replaces the record with the same identifier, a visibility choice replaces the
/// State's choice.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe for concurrent use.</threadsafety>
public sealed class CooperationDirectory : IStateProfiles
{
    private static readonly Lazy<CooperationDirectory> EmbeddedDirectory = new(() => new CooperationDirectory(EmbeddedData.Load()));

    private readonly FrozenDictionary<StateCode, StateProfile> _profiles;
    private readonly FrozenDictionary<StateCode, Visibility> _visibility;
    private readonly FrozenDictionary<StateCode, Authority[]> _authoritiesByState;

    /// <summary>Initializes a new instance of the <see cref="CooperationDirectory"/> class over a document.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="DirectoryValidationException">The document is inconsistent (duplicate identifiers, overlapping hours...); every problem is listed.</exception>
    public CooperationDirectory(DirectoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = DirectoryConsistencyCheck.Check(document);
        if (problems.Count > 0)
        {
            throw new DirectoryValidationException("directory", problems);
        }

        Document = document;
        _profiles = document.Profiles.ToFrozenDictionary(p => p.State);
        _visibility = document.Visibility.ToFrozenDictionary(v => v.State, v => v.Records);
        _authoritiesByState = document.Authorities.GroupBy(a => a.State).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Gets the directory shipped in the package: every UN Member State's profile from public treaty data, and the institutions States notified.</summary>
    /// <exception cref="DirectoryValidationException">The embedded data is invalid (a packaging defect).</exception>
    public static CooperationDirectory Embedded => EmbeddedDirectory.Value;

    /// <summary>Gets the document the directory was built from, in full (restricted data included): do not hand it to untrusted readers; use <see cref="Export"/>.</summary>
    public DirectoryDocument Document { get; }

    /// <summary>Lays another document over this directory.</summary>
    /// <param name="overlay">The document with fuller or newer data.</param>
    /// <returns>A new directory: the overlay's profiles, authorities and visibility choices replace those of the same State or identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overlay"/> is null.</exception>
    public CooperationDirectory MergeWith(DirectoryDocument overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        var states = overlay.Profiles.Select(p => p.State).ToHashSet();
        var ids = overlay.Authorities.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var visibility = overlay.Visibility.Select(v => v.State).ToHashSet();
        return new CooperationDirectory(new DirectoryDocument
        {
            Sample = Document.Sample || overlay.Sample,
            Description = overlay.Description ?? Document.Description,
            Profiles = [.. Document.Profiles.Where(p => !states.Contains(p.State)).Concat(overlay.Profiles).OrderBy(p => p.State)],
            Authorities = [.. Document.Authorities.Where(a => !ids.Contains(a.Id)).Concat(overlay.Authorities)],
            Visibility = [.. Document.Visibility.Where(v => !visibility.Contains(v.State)).Concat(overlay.Visibility)],
        });
    }

    /// <inheritdoc/>
    public StateProfile Get(StateCode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return _profiles.TryGetValue(state, out var profile) ? profile : StateProfile.Unknown(state);
    }

    /// <summary>Gets a State's choice of who may read its authority records.</summary>
    /// <param name="state">The State.</param>
    /// <returns>Its choice; <see cref="Visibility.Public"/> if it made none.</returns>
    public Visibility VisibilityOf(StateCode state) => _visibility.GetValueOrDefault(state, Visibility.Public);

    /// <summary>Finds the authorities matching a query, as the reader may see them.</summary>
    /// <param name="query">The criteria.</param>
    /// <param name="reader">Who is reading.</param>
    /// <returns>The matching records, redacted for the reader, ordered by State and identifier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<Authority> Find(AuthorityQuery query, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reader);
        IEnumerable<Authority> candidates = query.State is { } state
            ? _authoritiesByState.GetValueOrDefault(state, [])
            : Document.Authorities;
        return [.. candidates
            .Where(a => query.Instrument is null || a.IsDesignatedUnder(query.Instrument))
            .Where(a => query.Designation is null || a.Designations.Any(d => Encloses(d, query.Designation) || Encloses(query.Designation, d)))
            .Where(a => query.Kind is null || a.Handles.Contains(query.Kind.Value))
            .Select(a => AuthorityRedaction.ViewFor(a, reader, VisibilityOf(a.State)))
            .OfType<Authority>()
            .OrderBy(a => a.State)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Finds one authority by identifier, as the reader may see it.</summary>
    /// <param name="id">The identifier (case is ignored).</param>
    /// <param name="reader">Who is reading.</param>
    /// <returns>The record, or <see langword="null"/> if there is none the reader may see.</returns>
    public Authority? Find(string id, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(reader);
        var authority = Document.Authorities.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));
        return authority is null ? null : AuthorityRedaction.ViewFor(authority, reader, VisibilityOf(authority.State));
    }

    /// <summary>Tells whether an authority's office is open at an instant and, if not, when it opens.</summary>
    /// <param name="authority">The authority.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The local time, whether open, the next opening and the urgent procedure; unknown parts are <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public static AuthorityReachability ReachabilityOf(Authority authority, Instant at)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var zone = authority.TimeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(authority.TimeZone);
        var local = zone is null ? (ZonedDateTime?)null : at.InZone(zone);
        var schedule = zone is null || authority.OfficeHours is null ? null : new OfficeSchedule(authority.OfficeHours, zone);
        return new AuthorityReachability(
            authority.Id, at, authority.TimeZone, local?.LocalDateTime, local?.Offset,
            schedule?.IsOpen(at), schedule?.NextOpening(at), authority.UrgentProcedure);
    }

    /// <summary>Gets an authority's office schedule in its time zone, for working-time deadlines.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>The schedule, or <see langword="null"/> if its office hours or time zone are unknown.</returns>
    public static OfficeSchedule? ScheduleOf(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var zone = authority.TimeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(authority.TimeZone);
        return zone is null || authority.OfficeHours is null ? null : new OfficeSchedule(authority.OfficeHours, zone);
    }

    /// <summary>
    /// Advises the channel, recipient and language for a request (UNTOC art. 18(13)-(14) for mutual legal assistance:
    /// central authority by default, diplomatic channel where the requested State requires it, INTERPOL only when
    /// urgent and accepted).
    /// </summary>
    /// <param name="requesting">The requesting State, if known (the advice does not depend on it).</param>
    /// <param name="requested">The requested State.</param>
    /// <param name="kind">The request kind.</param>
    /// <param name="urgent">Whether the request is urgent.</param>
    /// <param name="reader">Who is reading (recipients are limited to the records the reader may see).</param>
    /// <param name="instrument">The instrument the request is made under; UNTOC if not given.</param>
    /// <returns>The advice, with citations and notes on what is unknown.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public TransmissionAdvice Advise(StateCode? requesting, StateCode requested, RequestKind kind, bool urgent, Reader reader, Instrument? instrument = null) =>
        TransmissionAdvisor.Advise(this, requesting, requested, kind, urgent, reader, instrument ?? Instrument.Untoc);

    /// <summary>Exports the directory as the reader may see it: for an anonymous reader, without restricted States' records and without personal data.</summary>
    /// <param name="reader">Who will read the export.</param>
    /// <returns>The document view.</returns>
    public DirectoryDocument Export(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Document with
        {
            Authorities = [.. Document.Authorities
                .Select(a => AuthorityRedaction.ViewFor(a, reader, VisibilityOf(a.State)))
                .OfType<Authority>()],
        };
    }

    private static bool Encloses(ArticleCitation outer, ArticleCitation inner)
    {
        for (ArticleCitation? c = inner; c is not null; c = c.Parent)
        {
            if (c == outer)
            {
                return true;
            }
        }

        return false;
    }
}
