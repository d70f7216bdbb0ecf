using NodaTime;

namespace Cooperation.Profiles;

/// <summary>A fact about a State together with its source and as-of date.</summary>
/// <typeparam name="T">The type of the fact.</typeparam>
/// <param name="Value">The fact.</param>
/// <param name="Source">The document it was read from.</param>
/// <param name="AsOf">The date the source reflects.</param>
/// <param name="Note">Caveats, if any.</param>
/// <remarks>A fact that no source states is not a <see cref="Sourced{T}"/> at all: the profile holds <see langword="null"/>, which means <i>unknown</i>.</remarks>
public sealed record Sourced<T>(T Value, string Source, LocalDate AsOf, string? Note = null);
