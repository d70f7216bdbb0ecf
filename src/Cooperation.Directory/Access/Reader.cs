namespace Cooperation.Directory.Access;

/// <summary>
/// Who is reading the directory. The host authenticates; the directory decides what each reader may see.
/// </summary>
/// <remarks>
/// Anonymous readers see the public records of States that chose <see cref="Visibility.Public"/>, never the personal
/// data of staff. Authorised readers (the users of central authorities, secretariat staff) see every record in full.
/// </remarks>
public sealed record Reader
{
    private Reader(string? id) => Id = id;

    /// <summary>Gets a reader who has not been authenticated.</summary>
    public static Reader Anonymous { get; } = new((string?)null);

    /// <summary>Gets the identifier of an authorised reader; <see langword="null"/> for an anonymous one.</summary>
    public string? Id { get; }

    /// <summary>Gets a value indicating whether the reader is authorised to see restricted records and personal data.</summary>
    public bool IsAuthorised => Id is not null;

    /// <summary>Creates an authorised reader, authenticated by the host.</summary>
    /// <param name="id">The identifier the host knows the reader by.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    public static Reader Authorised(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new Reader(id);
    }
}
