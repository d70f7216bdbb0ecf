using Cooperation.Law;

namespace Cooperation.Drafting.Requirements;

/// <summary>A field a request needs in this case, with what asks for it.</summary>
/// <param name="Path">The JSON path of the field in the draft, for example <c>$.factsSummary</c> or <c>$.measures[0].questions</c>.</param>
/// <param name="Level">Required or recommended.</param>
/// <param name="Citation">The provision that asks for it, if a treaty does.</param>
/// <param name="Source">What asks for it, in words: the provision, the requested State's requirement, or model-treaty practice.</param>
/// <param name="Description">What the field must give.</param>
public sealed record Requirement(string Path, RequirementLevel Level, ArticleCitation? Citation, string Source, string Description);
