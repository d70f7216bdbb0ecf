using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Requests;

/// <summary>
/// The purposes for which mutual legal assistance may be requested: UNTOC art. 18(3)(a)-(i), plus the two that
/// UNCAC art. 46(3)(j)-(k) adds. <see cref="MlaMeasures.Citation(MlaMeasure, Law.Instrument)"/> gives the
/// sub-paragraph of each.
/// </summary>
/// <remarks>In JSON each value is written in camelCase, for example <c>takingEvidence</c>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<MlaMeasure>))]
public enum MlaMeasure
{
    /// <summary>Taking evidence or statements from persons (UNTOC art. 18(3)(a)).</summary>
    TakingEvidence = 1,

    /// <summary>Effecting service of judicial documents (UNTOC art. 18(3)(b)).</summary>
    ServiceOfJudicialDocuments = 2,

    /// <summary>Executing searches and seizures, and freezing (UNTOC art. 18(3)(c)).</summary>
    SearchSeizureAndFreezing = 3,

    /// <summary>Examining objects and sites (UNTOC art. 18(3)(d)).</summary>
    ExaminingObjectsAndSites = 4,

    /// <summary>Providing information, evidentiary items and expert evaluations (UNTOC art. 18(3)(e)).</summary>
    InformationEvidenceAndExpertEvaluations = 5,

    /// <summary>Providing originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records (UNTOC art. 18(3)(f)).</summary>
    DocumentsAndRecords = 6,

    /// <summary>Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes (UNTOC art. 18(3)(g)).</summary>
    IdentifyingOrTracingProceeds = 7,

    /// <summary>Facilitating the voluntary appearance of persons in the requesting State (UNTOC art. 18(3)(h)).</summary>
    VoluntaryAppearance = 8,

    /// <summary>Any other type of assistance that is not contrary to the domestic law of the requested State (UNTOC art. 18(3)(i)).</summary>
    OtherAssistance = 9,

    /// <summary>Identifying, freezing and tracing proceeds of crime under chapter V of UNCAC (UNCAC art. 46(3)(j) only).</summary>
    FreezingAndTracingUnderUncacChapterV = 10,

    /// <summary>The recovery of assets under chapter V of UNCAC (UNCAC art. 46(3)(k) only).</summary>
    AssetRecovery = 11,
}
