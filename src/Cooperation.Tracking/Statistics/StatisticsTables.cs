namespace Cooperation.Tracking.Statistics;

/// <summary>The names of the tables in <see cref="TrackingStatistics"/>.</summary>
public static class StatisticsTables
{
    /// <summary>Requests sent and received.</summary>
    public const string Total = "total";

    /// <summary>By counterpart State (the State asked, for outgoing requests; the State asking, for incoming ones).</summary>
    public const string ByCounterpart = "byCounterpart";

    /// <summary>By kind of request.</summary>
    public const string ByKind = "byKind";

    /// <summary>By offence category.</summary>
    public const string ByOffence = "byOffence";

    /// <summary>By outcome: executed, partially executed, refused, withdrawn, or pending.</summary>
    public const string ByOutcome = "byOutcome";

    /// <summary>Refused requests by ground invoked (a refusal may invoke several).</summary>
    public const string ByRefusalGround = "byRefusalGround";

    /// <summary>By legal basis invoked (a request may invoke several).</summary>
    public const string ByLegalBasis = "byLegalBasis";

    /// <summary>By legal basis and outcome: how often UNTOC was the basis, and with what result.</summary>
    public const string ByLegalBasisAndOutcome = "byLegalBasisAndOutcome";

    /// <summary>Completed requests by time to completion.</summary>
    public const string TimeToCompletion = "timeToCompletion";

    /// <summary>Open requests by age at the moment asked about.</summary>
    public const string OpenCaseloadByAge = "openCaseloadByAge";

    internal static readonly (string Name, string Title, string[] Dimensions, bool IsPartition)[] Layout =
    [
        (Total, "Requests", ["direction"], true),
        (ByCounterpart, "By counterpart State", ["direction", "state"], true),
        (ByKind, "By kind of request", ["direction", "kind"], true),
        (ByOffence, "By offence", ["direction", "offence"], true),
        (ByOutcome, "By outcome", ["direction", "outcome"], true),
        (ByRefusalGround, "Refusals by ground invoked", ["direction", "ground"], false),
        (ByLegalBasis, "By legal basis invoked", ["direction", "basis"], false),
        (ByLegalBasisAndOutcome, "Legal basis and outcome", ["direction", "basis", "outcome"], false),
        (TimeToCompletion, "Time to completion", ["direction", "duration"], false),
        (OpenCaseloadByAge, "Open caseload by age", ["direction", "age"], false),
    ];
}
