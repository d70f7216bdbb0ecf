using Cooperation.Evaluation;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.RuleModel;

namespace Cooperation.Rules.Shared;

/// <summary>
/// The optional grounds of refusal that UNTOC art. 18(21), UNCAC art. 46(21) and the 1988 Convention art. 7(15)
/// share in substance: (a) non-conforming request, (b) essential interests, (c) domestic-law prohibition for a
/// similar offence, (d) contrary to the legal system relating to MLA; and postponement for ongoing proceedings.
/// </summary>
internal static class OptionalRefusalGrounds
{
    public static void Assess(IContext ctx, CaseFacts f, string refusal, string postponement)
    {
        foreach (var ground in f.RefusalGrounds)
        {
            switch (ground)
            {
                case RefusalGround.NonConformingRequest:
                case RefusalGround.EssentialInterests:
                case RefusalGround.DomesticLawProhibition:
                case RefusalGround.ContraryToLegalSystem:
                    Record.Refusal(ctx, f, ground, true, $"An optional ground of refusal ({refusal}).");
                    break;
                case RefusalGround.OngoingProceedings:
                    Record.Refusal(ctx, f, ground, true, $"Allows postponing assistance, not refusing it ({postponement}).");
                    break;
                case RefusalGround.Nationality:
                case RefusalGround.Discrimination:
                    Record.Refusal(ctx, f, ground, null, $"Not among the grounds of {refusal}; a treaty or domestic law may provide for it.");
                    break;
            }
        }
    }
}
