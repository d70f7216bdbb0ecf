using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Tracking.Lifecycle;

/// <summary>What happened to a request. Some kinds move it to another <see cref="RequestStatus"/>; the rest are recorded without changing it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RequestEventKind>))]
public enum RequestEventKind
{
    /// <summary>The record was opened: drafted (outgoing) or received (incoming).</summary>
    Opened = 1,

    /// <summary>An outgoing request was sent.</summary>
    Sent = 2,

    /// <summary>The requested State acknowledged receipt.</summary>
    Acknowledged = 3,

    /// <summary>The requested State asked for additional information (UNTOC art. 18(16)).</summary>
    AdditionalInformationRequested = 4,

    /// <summary>The additional information was provided; the request is considered again.</summary>
    AdditionalInformationProvided = 5,

    /// <summary>Execution began (or resumed after a postponement).</summary>
    ExecutionStarted = 6,

    /// <summary>The requesting State accepted assistance subject to the conditions in the note (UNTOC art. 18(26)).</summary>
    ConditionsAccepted = 7,

    /// <summary>Execution was postponed; the note gives the reason (UNTOC art. 18(25)).</summary>
    Postponed = 8,

    /// <summary>Executed in full.</summary>
    Executed = 9,

    /// <summary>Executed in part.</summary>
    PartiallyExecuted = 10,

    /// <summary>Refused: the note gives the reasons (UNTOC art. 18(23)) and the grounds are listed.</summary>
    Refused = 11,

    /// <summary>Withdrawn by the requesting State (UNTOC art. 18(24): it informs the requested State when assistance is no longer required).</summary>
    Withdrawn = 12,

    /// <summary>The States consulted, as required before refusing extradition (UNTOC art. 16(16)) or refusing or postponing assistance (art. 18(26)).</summary>
    ConsultationHeld = 13,

    /// <summary>The requesting State asked how execution is progressing (UNTOC art. 18(24)).</summary>
    ProgressQueried = 14,

    /// <summary>The requesting State suggested a (new) deadline, with its reasons (UNTOC art. 18(24)).</summary>
    DeadlineSuggested = 15,

    /// <summary>The request was marked for the catalogue of cases in which the convention was the legal basis.</summary>
    MarkedForCatalogue = 16,

    /// <summary>A free note.</summary>
    NoteAdded = 17,

    /// <summary>The personal data of the persons concerned was erased.</summary>
    PersonalDataErased = 18,

    /// <summary>
    /// For extradition: consultation before refusing was not appropriate, for the reason in the note. UNTOC art. 16(16)
    /// requires it "where appropriate"; assistance has no such exception (art. 18(26)).
    /// </summary>
    ConsultationNotAppropriate = 19,
}
