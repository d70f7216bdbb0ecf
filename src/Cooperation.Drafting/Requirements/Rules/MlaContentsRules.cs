using System.Linq.Expressions;
using Cooperation.Drafting.Contents;
using Cooperation.Law;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// What a request for mutual legal assistance shall contain: UNTOC art. 18(15)(a)-(f), repeated in UNCAC art.
/// 46(15) and the 1988 Convention art. 7(10). The citation follows the instrument the request is made under.
/// </summary>
internal static class MlaContents
{
    public static ArticleCitation Cite(DraftFacts f, char letter) =>
        MlaRequestContents.For(f.Instrument).Single(i => i.Citation.SubParagraph == letter).Citation;
}

/// <summary>18(15)(a): the identity of the authority making the request.</summary>
[Name("D-MLA-15a")]
internal sealed class RequestingAuthorityRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) =>
        f.Require("$.requestingAuthority.name", RequirementLevel.Required, MlaContents.Cite(f, 'a'), "The identity of the authority making the request.");
}

/// <summary>18(15)(b): the subject matter and nature of the proceedings, and the name and functions of the authority conducting them.</summary>
[Name("D-MLA-15b")]
internal sealed class SubjectMatterRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var citation = MlaContents.Cite(f, 'b');
        f.Require("$.subjectMatter", RequirementLevel.Required, citation, "The subject matter and nature of the investigation, prosecution or judicial proceeding.");
        f.Require("$.conductingAuthority.name", RequirementLevel.Required, citation, "The name of the authority conducting the investigation, prosecution or proceeding.");
        f.Require("$.conductingAuthority.functions", RequirementLevel.Required, citation, "The functions of the authority conducting it.");
    }
}

/// <summary>18(15)(c): a summary of the relevant facts, except for requests only for service of judicial documents.</summary>
[Name("D-MLA-15c")]
internal sealed class FactsSummaryRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => !x.OnlyServiceOfDocuments];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) =>
        f.Require("$.factsSummary", RequirementLevel.Required, MlaContents.Cite(f, 'c'), "A summary of the relevant facts (not needed when the only assistance sought is service of judicial documents).");
}

/// <summary>18(15)(d): a description of the assistance sought.</summary>
[Name("D-MLA-15d")]
internal sealed class AssistanceSoughtRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) =>
        f.Require("$.measures", RequirementLevel.Required, MlaContents.Cite(f, 'd'), "A description of the assistance sought, measure by measure, and of any particular procedure to be followed.");
}

/// <summary>18(15)(e): where possible, the identity, location and nationality of any person concerned.</summary>
[Name("D-MLA-15e")]
internal sealed class PersonsConcernedRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) =>
        f.Require("$.persons", RequirementLevel.Recommended, MlaContents.Cite(f, 'e'), "Where possible, the identity, location and nationality of any person concerned.");
}

/// <summary>18(15)(f): the purpose for which the evidence, information or action is sought.</summary>
[Name("D-MLA-15f")]
internal sealed class PurposeRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) =>
        f.Require("$.purpose", RequirementLevel.Required, MlaContents.Cite(f, 'f'), "The purpose for which the evidence, information or action is sought.");
}
