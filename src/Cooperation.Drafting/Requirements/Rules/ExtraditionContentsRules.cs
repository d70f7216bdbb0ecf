using System.Linq.Expressions;
using Cooperation.Drafting.Drafts;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>The person sought: an accurate description and information on identity, nationality and location (Model Treaty on Extradition art. 5(2)(a), practice).</summary>
[Name("D-EX-PERSON")]
internal sealed class PersonSoughtRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsExtradition];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var source = Practice.ModelExtraditionTreaty("(2)(a)");
        f.Require("$.requestingAuthority.name", RequirementLevel.Required, null, source, "The authority making the request.");
        f.Require("$.personSought.fullName", RequirementLevel.Required, null, source, "The full name of the person sought.");
        f.Require("$.personSought.nationality", RequirementLevel.Recommended, null, source, "The nationality of the person sought.");
        f.Require("$.personSought.location", RequirementLevel.Recommended, null, source, "Where the person is believed to be.");
        f.Require("$.personSought.identityDocuments", RequirementLevel.Recommended, null, source, "Identity documents, to establish identity.");
        f.Require("$.personSought.description", RequirementLevel.Recommended, null, source, "A physical description, photographs or fingerprints.");
        f.Require("$.status", RequirementLevel.Required, null, source, "Whether the person is accused or convicted.");
    }
}

/// <summary>The offence: the text of the law creating it and the penalty (Model Treaty on Extradition art. 5(2)(b), practice).</summary>
[Name("D-EX-OFFENCE")]
internal sealed class ExtraditionOffenceRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsExtradition];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var source = Practice.ModelExtraditionTreaty("(2)(b)");
        f.Require("$.offences", RequirementLevel.Required, null, source, "The offences for which extradition is requested.");
        for (var i = 0; i < (f.Draft.Offences?.Count ?? 0); i++)
        {
            f.Require($"$.offences[{i}].legalProvision", RequirementLevel.Required, null, source, "The text of the law creating the offence, or a statement of it.");
            f.Require($"$.offences[{i}].penalty", RequirementLevel.Required, null, source, "The penalty that can be imposed.");
        }
    }
}

/// <summary>An accused person: the warrant and a statement of the acts, with time and place (Model Treaty on Extradition art. 5(2)(c), practice).</summary>
[Name("D-EX-ACCUSED")]
internal sealed class AccusedRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.Draft.Status == ExtraditionStatus.Accused];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var source = Practice.ModelExtraditionTreaty("(2)(c)");
        f.Require("$.warrant.issuedBy", RequirementLevel.Required, null, source, "The court or authority that issued the warrant of arrest (attach the original or a certified copy).");
        f.Require("$.warrant.date", RequirementLevel.Required, null, source, "The date of the warrant.");
        f.Require("$.factsSummary", RequirementLevel.Required, null, source, "A description of the acts or omissions, with the time and place of their commission.");
    }
}

/// <summary>A convicted person: the judgment, the sentence, that it is enforceable and what remains to be served (Model Treaty on Extradition art. 5(2)(d), practice).</summary>
[Name("D-EX-CONVICTED")]
internal sealed class ConvictedRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.Draft.Status == ExtraditionStatus.Convicted];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var source = Practice.ModelExtraditionTreaty("(2)(d)");
        f.Require("$.judgment.court", RequirementLevel.Required, null, source, "The court that convicted the person (attach the judgment or a certified copy).");
        f.Require("$.judgment.date", RequirementLevel.Required, null, source, "The date of the judgment.");
        f.Require("$.judgment.sentence", RequirementLevel.Required, null, source, "The sentence imposed.");
        f.Require("$.judgment.enforceable", RequirementLevel.Required, null, source, "A statement that the sentence is enforceable.");
        f.Require("$.judgment.remainingToServe", RequirementLevel.Required, null, source, "How much of the sentence remains to be served.");
    }
}

/// <summary>Signature: who signs, where and when, so that authenticity can be established.</summary>
[Name("D-SIGNATURE")]
internal sealed class SignatureRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => true];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        f.Require("$.signatory.name", RequirementLevel.Recommended, null, Practice.Signature, "The name of the person signing.");
        f.Require("$.signatory.title", RequirementLevel.Recommended, null, Practice.Signature, "The title of the person signing.");
    }
}
