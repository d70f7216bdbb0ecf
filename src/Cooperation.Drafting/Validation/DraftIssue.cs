namespace Cooperation.Drafting.Validation;

/// <summary>One item of the checklist: something missing, incomplete, inconsistent or not in an accepted language.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Path">The JSON path of the field concerned.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Source">What asks for it: a citation, the requested State's requirement, or model-treaty practice.</param>
/// <param name="Fix">A suggested fix.</param>
public sealed record DraftIssue(IssueSeverity Severity, string Path, string Message, string Source, string Fix);
