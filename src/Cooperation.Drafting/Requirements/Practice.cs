namespace Cooperation.Drafting.Requirements;

/// <summary>Sources that are not treaty text the SDK's catalogue holds, named so the checklist says what they are.</summary>
internal static class Practice
{
    /// <summary>The Model Treaty on Extradition (A/RES/45/116), art. 5: treaty practice, not a rule of UNTOC, UNCAC or the 1988 Convention; not verified against its text.</summary>
    public static string ModelExtraditionTreaty(string paragraph) =>
        $"Model Treaty on Extradition (A/RES/45/116) art. 5{paragraph}: treaty practice, not verified against its text (UNTOC art. 16(7) leaves the contents to treaties and domestic law)";

    public const string Signature = "Practice: a request is signed by the requesting authority so that its authenticity can be established (UNTOC art. 18(14) for MLA)";
}
