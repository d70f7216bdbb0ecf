using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Directory.Queries;

/// <summary>Which authorities to find: every criterion given must match.</summary>
/// <param name="State">The State that designated them, or <see langword="null"/> for any.</param>
/// <param name="Instrument">An instrument they are designated under, or <see langword="null"/> for any.</param>
/// <param name="Designation">A provision they are designated under (a designation under <c>UNTOC art. 18</c> matches <c>UNTOC art. 18(13)</c> and the reverse), or <see langword="null"/> for any.</param>
/// <param name="Kind">A request kind they handle, or <see langword="null"/> for any.</param>
public sealed record AuthorityQuery(
    StateCode? State = null,
    Instrument? Instrument = null,
    ArticleCitation? Designation = null,
    RequestKind? Kind = null);
