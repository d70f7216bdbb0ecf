using Cooperation.States;

namespace Cooperation.Profiles;

/// <summary>A source of State profiles: the contract between the directory, which provides them, and the rules, which read them.</summary>
/// <threadsafety>Implementations must be safe for concurrent reads.</threadsafety>
public interface IStateProfiles
{
    /// <summary>Gets the profile of a State.</summary>
    /// <param name="state">The State.</param>
    /// <returns>Its profile; <see cref="StateProfile.Unknown(StateCode)"/> if the source knows nothing about it.</returns>
    StateProfile Get(StateCode state);
}
