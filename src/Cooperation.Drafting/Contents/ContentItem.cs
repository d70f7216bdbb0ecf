using Cooperation.Law;

namespace Cooperation.Drafting.Contents;

/// <summary>An item a request must (or should) contain, with the provision that asks for it.</summary>
/// <param name="Key">A stable key for the item, for example <c>factsSummary</c>; drafts and validators refer to items by key.</param>
/// <param name="Citation">The provision that asks for it.</param>
/// <param name="Necessity">How strongly it is asked for.</param>
/// <param name="Description">What the item is, in English, following the treaty text.</param>
public sealed record ContentItem(string Key, ArticleCitation Citation, Necessity Necessity, string Description);
