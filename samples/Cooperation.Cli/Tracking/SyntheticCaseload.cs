using Cooperation.Directory;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Cli.Tracking;

/// <summary>
/// A seeded, clearly synthetic caseload for demonstrations: every request says so in its opening note and its
/// reference, every person is "Synthetic Person N", and the same seed always gives the same database.
/// </summary>
/// <remarks>
/// The mix (two incoming requests for each outgoing one, mostly mutual legal assistance, about one in ten refused,
/// durations of months) is invented to make the reports look like a working office's, not taken from any State's
/// figures.
/// </remarks>
internal sealed class SyntheticCaseload
{
    public const string Actor = "synthetic-generator";

    private static readonly Instant First = Instant.FromUtc(2024, 1, 1, 9, 0);
    private static readonly Instant Last = Instant.FromUtc(2026, 10, 31, 17, 0);
    private static readonly string[] Counterparts = ["MEX", "BRA", "USA", "FRA", "ITA", "DEU", "COL", "ARG", "MAR", "NGA", "CAN", "ZAF", "IND", "UKR", "LTU", "PRT", "GBR", "CHE"];
    private static readonly (OffenceCategory? Offence, int Weight)[] Offences =
    [
        (OffenceCategory.DrugTrafficking, 28), (OffenceCategory.MoneyLaundering, 24), (OffenceCategory.ParticipationInOrganizedCriminalGroup, 14),
        (OffenceCategory.TraffickingInPersons, 9), (OffenceCategory.SmugglingOfMigrants, 7), (OffenceCategory.Corruption, 8),
        (OffenceCategory.FirearmsTrafficking, 4), (OffenceCategory.ObstructionOfJustice, 2), (null, 4),
    ];

    private static readonly RefusalGround[] MlaGrounds = [RefusalGround.EssentialInterests, RefusalGround.NonConformingRequest, RefusalGround.DomesticLawProhibition, RefusalGround.ContraryToLegalSystem, RefusalGround.AbsenceOfDualCriminality, RefusalGround.BankSecrecy, RefusalGround.Fiscal];
    private static readonly RefusalGround[] ExtraditionGrounds = [RefusalGround.Nationality, RefusalGround.AbsenceOfDualCriminality, RefusalGround.Discrimination, RefusalGround.Fiscal];

    private readonly Random _random;
    private readonly StateCode _own;
    private readonly CooperationDirectory _directory;

    public SyntheticCaseload(int seed, StateCode own, CooperationDirectory directory)
    {
        _random = new Random(seed);
        _own = own;
        _directory = directory;
    }

    public void Generate(RequestTracker tracker, SettableClock clock, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            One(tracker, clock, i);
        }
    }

    private void One(RequestTracker tracker, SettableClock clock, int number)
    {
        var incoming = _random.NextDouble() < 0.65;
        var kind = _random.NextDouble() < 0.78 ? RequestKind.MutualLegalAssistance : RequestKind.Extradition;
        var counterpart = StateCode.Parse(Counterparts[(int)Math.Floor(Math.Pow(_random.NextDouble(), 1.6) * Counterparts.Length)]);
        if (counterpart == _own)
        {
            counterpart = StateCode.Parse(Counterparts[^1]);
        }

        var (requesting, requested) = incoming ? (counterpart, _own) : (_own, counterpart);
        var at = First + Duration.FromDays(_random.NextDouble() * (Last - First).TotalDays);
        var details = new RequestDetails(
            incoming ? Direction.Incoming : Direction.Outgoing, kind, requesting, requested,
            Authorities: new RequestAuthorities(AuthorityOf(requesting), AuthorityOf(requested)),
            Offence: Pick(Offences),
            MaximumPenalty: Penalty.DeprivationOfLibertyYears(_random.Next(2, 21)),
            Measures: kind == RequestKind.MutualLegalAssistance ? Measures() : null,
            LegalBasis: LegalBasis(kind),
            Urgent: _random.NextDouble() < 0.12,
            Deadline: _random.NextDouble() < 0.3 ? new SuggestedDeadline((at + Duration.FromDays(_random.Next(45, 200))).InUtc().Date, "Trial date (synthetic).") : null,
            References: new Dictionary<string, string> { ["synthetic"] = $"SYN-{number:D4}" });

        clock.Now = at;
        var file = tracker.Open(details, Actor, "SYNTHETIC DEMO DATA: not a real case.", new PersonalData([new PersonConcerned($"Synthetic Person {number}", kind == RequestKind.Extradition ? "person sought" : "suspect")]));
        var id = file.Id;
        bool Record(double days, EventEntry entry)
        {
            at += Duration.FromDays(days);
            if (at > Last)
            {
                return false;
            }

            clock.Now = at;
            tracker.Record(id, entry, Actor);
            return true;
        }

        if (!incoming && !(Record(_random.Next(1, 6), new EventEntry(RequestEventKind.Sent)) && Record(_random.Next(2, 21), new EventEntry(RequestEventKind.Acknowledged))))
        {
            return;
        }

        if (_random.NextDouble() < 0.2
            && !(Record(_random.Next(7, 40), new EventEntry(RequestEventKind.AdditionalInformationRequested, "Further particulars of the facts requested (art. 18(16)).")) &&
                 Record(_random.Next(7, 60), new EventEntry(RequestEventKind.AdditionalInformationProvided))))
        {
            return;
        }

        var mean = kind == RequestKind.Extradition ? 160.0 : 75.0;
        var outcome = _random.NextDouble();
        if (outcome < 0.1)
        {
            var consulted = _random.NextDouble() < 0.7 && Record(_random.Next(5, 30), new EventEntry(RequestEventKind.ConsultationHeld, "Consultation with the requesting State (synthetic)."));
            var grounds = kind == RequestKind.Extradition ? ExtraditionGrounds : MlaGrounds;
            Record(Days(mean), new EventEntry(RequestEventKind.Refused, "Reasons communicated in writing (synthetic).", [grounds[(int)Math.Floor(Math.Pow(_random.NextDouble(), 2) * grounds.Length)]]));
            _ = consulted;
            return;
        }

        if (outcome < 0.15)
        {
            Record(Days(mean / 2), new EventEntry(RequestEventKind.Withdrawn, "Assistance no longer required (art. 18(24))."));
            return;
        }

        if (!Record(_random.Next(3, 25), new EventEntry(RequestEventKind.ExecutionStarted)))
        {
            return;
        }

        if (_random.NextDouble() < 0.06
            && !(Record(_random.Next(2, 10), new EventEntry(RequestEventKind.ConsultationHeld, "Consultation before postponing (art. 18(26)).")) &&
                 Record(_random.Next(1, 5), new EventEntry(RequestEventKind.Postponed, "A domestic investigation of the same group is under way (art. 18(25)).", [RefusalGround.OngoingProceedings])) &&
                 Record(Days(60), new EventEntry(RequestEventKind.ExecutionStarted, "Resumed."))))
        {
            return;
        }

        if (!incoming && _random.NextDouble() < 0.4 && !Record(_random.Next(30, 90), new EventEntry(RequestEventKind.ProgressQueried, "Progress query sent (art. 18(24)).")))
        {
            return;
        }

        var partial = _random.NextDouble() < 0.12;
        if (Record(Days(mean), new EventEntry(partial ? RequestEventKind.PartiallyExecuted : RequestEventKind.Executed))
            && details.InvokesUntoc && _random.NextDouble() < 0.35)
        {
            Record(1, new EventEntry(RequestEventKind.MarkedForCatalogue));
        }
    }

    private double Days(double mean) => Math.Min(900, 1 + (-Math.Log(1 - _random.NextDouble()) * mean));

    private string? AuthorityOf(StateCode state) =>
        _directory.Document.Authorities.FirstOrDefault(a => a.State == state)?.Id;

    private List<MlaMeasure> Measures()
    {
        MlaMeasure[] common = [MlaMeasure.DocumentsAndRecords, MlaMeasure.TakingEvidence, MlaMeasure.SearchSeizureAndFreezing, MlaMeasure.IdentifyingOrTracingProceeds, MlaMeasure.ServiceOfJudicialDocuments];
        return common.Where(_ => _random.NextDouble() < 0.35).DefaultIfEmpty(MlaMeasure.DocumentsAndRecords).ToList();
    }

    private List<InvokedLegalBasis> LegalBasis(RequestKind kind)
    {
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.42 => [InvokedLegalBasis.Convention(ArticleCitation.Parse(kind == RequestKind.Extradition ? "UNTOC art. 16" : "UNTOC art. 18"))],
            < 0.75 => [InvokedLegalBasis.Treaty(kind == RequestKind.Extradition ? "Bilateral extradition treaty (synthetic)" : "Bilateral MLA treaty (synthetic)")],
            < 0.85 => [InvokedLegalBasis.Convention(ArticleCitation.Parse(kind == RequestKind.Extradition ? "UNCAC art. 44" : "UNCAC art. 46"))],
            < 0.92 => [InvokedLegalBasis.Convention(ArticleCitation.Parse(kind == RequestKind.Extradition ? "1988 art. 6" : "1988 art. 7"))],
            _ => [InvokedLegalBasis.DomesticLaw("Reciprocity")],
        };
    }

    private T Pick<T>((T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
