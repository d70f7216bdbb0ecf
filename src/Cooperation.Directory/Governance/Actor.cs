using Cooperation.States;

namespace Cooperation.Directory.Governance;

/// <summary>
/// Who acts on a governed directory. The host authenticates; the SDK decides what the actor may do, so that no host
/// can forget a check.
/// </summary>
/// <remarks>Create actors with the factory methods: an editor is always bound to at least one record or State.</remarks>
public sealed record Actor
{
    private Actor(string? id, ActorRole role, IReadOnlySet<StateCode> states, IReadOnlySet<string> authorities)
    {
        Id = id;
        Role = role;
        States = states;
        Authorities = authorities;
    }

    /// <summary>Gets the anonymous reader.</summary>
    public static Actor Anonymous { get; } = new(null, ActorRole.AnonymousReader, new HashSet<StateCode>(), new HashSet<string>());

    /// <summary>Gets the actor's identifier, as the host knows it; <see langword="null"/> for the anonymous reader.</summary>
    public string? Id { get; }

    /// <summary>Gets the actor's role.</summary>
    public ActorRole Role { get; }

    /// <summary>Gets the States whose every authority record an editor may propose changes to.</summary>
    public IReadOnlySet<StateCode> States { get; }

    /// <summary>Gets the authority records (by identifier) an editor may propose changes to.</summary>
    public IReadOnlySet<string> Authorities { get; }

    /// <summary>An authorised reader.</summary>
    /// <param name="id">The reader's identifier.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static Actor AuthorisedReader(string id) => new(Required(id), ActorRole.AuthorisedReader, new HashSet<StateCode>(), new HashSet<string>());

    /// <summary>An editor bound to some authority records and to every record of some States.</summary>
    /// <param name="id">The editor's identifier.</param>
    /// <param name="states">The States whose records the editor may change.</param>
    /// <param name="authorities">The records (authority identifiers) the editor may change.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or the editor is bound to nothing.</exception>
    public static Actor Editor(string id, IEnumerable<StateCode>? states = null, IEnumerable<string>? authorities = null)
    {
        var boundStates = (states ?? []).ToHashSet();
        var boundAuthorities = (authorities ?? []).ToHashSet(StringComparer.Ordinal);
        if (boundStates.Count == 0 && boundAuthorities.Count == 0)
        {
            throw new ArgumentException($"Editor '{id}' must be bound to at least one State or authority record.", nameof(states));
        }

        return new(Required(id), ActorRole.AuthorityEditor, boundStates, boundAuthorities);
    }

    /// <summary>A reviewer (the secretariat).</summary>
    /// <param name="id">The reviewer's identifier.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static Actor Reviewer(string id) => new(Required(id), ActorRole.Reviewer, new HashSet<StateCode>(), new HashSet<string>());

    /// <summary>Tells whether an editor is bound to a record.</summary>
    /// <param name="authority">The record.</param>
    /// <returns><see langword="true"/> if the actor is an editor bound to the record or to its State.</returns>
    public bool IsBoundTo(Authorities.Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return Role == ActorRole.AuthorityEditor && (States.Contains(authority.State) || Authorities.Contains(authority.Id));
    }

    /// <inheritdoc/>
    public override string ToString() => Id is null ? "anonymous reader" : $"{Role} '{Id}'";

    private static string Required(string id) =>
        string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("An actor needs a non-empty identifier.", nameof(id)) : id;
}
