using Cooperation.Requests;
using NodaTime;

namespace Cooperation.Drafting.Drafts;

/// <summary>
/// One measure of assistance sought (UNTOC art. 18(3)), with the details that measure needs: the fields that do not
/// concern the measure stay empty.
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Description">What exactly is sought.</param>
/// <param name="Persons">Taking evidence: who is to be heard.</param>
/// <param name="Questions">Taking evidence: the questions to put.</param>
/// <param name="HearingForm">Taking evidence: in person, by video conference (art. 18(18)) or in writing.</param>
/// <param name="VideoConferenceReason">Video conference: why the person cannot or should not appear in the requesting State.</param>
/// <param name="Addresses">Search and seizure: the premises.</param>
/// <param name="Items">Search and seizure: what is sought.</param>
/// <param name="Institution">Records: the bank or institution.</param>
/// <param name="Accounts">Records: the account numbers.</param>
/// <param name="PeriodFrom">Records: the start of the period.</param>
/// <param name="PeriodTo">Records: the end of the period.</param>
/// <param name="Documents">Service: the documents to serve.</param>
/// <param name="MethodOfProof">Service: the proof of service wanted.</param>
/// <param name="Property">Freezing and confiscation: the property, with its location.</param>
/// <param name="Route">Freezing and confiscation: the route under art. 13, which decides the contents (art. 13(3)).</param>
/// <param name="OrderReference">Confiscation on a foreign order: the order, of which a legally admissible copy is attached.</param>
/// <param name="ExtentOfExecution">Confiscation on a foreign order: the extent to which execution is requested.</param>
public sealed record MeasureRequest(
    MlaMeasure Measure,
    string? Description = null,
    IReadOnlyList<string>? Persons = null,
    IReadOnlyList<string>? Questions = null,
    HearingForm? HearingForm = null,
    string? VideoConferenceReason = null,
    IReadOnlyList<string>? Addresses = null,
    IReadOnlyList<string>? Items = null,
    string? Institution = null,
    IReadOnlyList<string>? Accounts = null,
    LocalDate? PeriodFrom = null,
    LocalDate? PeriodTo = null,
    IReadOnlyList<string>? Documents = null,
    string? MethodOfProof = null,
    string? Property = null,
    ConfiscationRoute? Route = null,
    string? OrderReference = null,
    string? ExtentOfExecution = null);
