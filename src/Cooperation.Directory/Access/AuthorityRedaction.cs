using Cooperation.Directory.Authorities;

namespace Cooperation.Directory.Access;

/// <summary>Produces the view of a record that a reader may see.</summary>
internal static class AuthorityRedaction
{
    public static Authority? ViewFor(Authority authority, Reader reader, Visibility visibility) =>
        reader.IsAuthorised ? authority
        : visibility == Visibility.Restricted ? null
        : authority with { ContactPersons = [] };
}
