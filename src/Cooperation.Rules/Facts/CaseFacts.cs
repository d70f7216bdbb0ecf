using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Rules.Facts;

/// <summary>
/// The one fact a session holds: a case seen from one requested State on one date, with both States' profiles.
/// Rules match it alone (no joins), read it through the article helpers, and write their conclusions to
/// <see cref="Conclusions"/>.
/// </summary>
/// <remarks>A class, compared by reference: NRules tells facts apart by equality, and every session holds one.</remarks>
internal sealed class CaseFacts
{
    public CaseFacts(CooperationCase @case, StateCode requested, LocalDate asOf, StateProfile requestingProfile, StateProfile requestedProfile)
    {
        Case = @case;
        Requested = requested;
        AsOf = asOf;
        RequestingProfile = requestingProfile;
        RequestedProfile = requestedProfile;
        Instrument = @case.Instrument ?? DefaultInstrument(@case.Offence?.Category);
        Offence = @case.Offence ?? new Offence();
        DualCriminality = @case.DualCriminality?.For(requested);
        // Lists are put in a canonical order so that the order a case states its facts in never shows in a result.
        Located = @case.LocatedInRequestedState is { } located ? new SortedSet<LocatedItem>(located) : null;
        Measures = [.. (@case.Measures ?? []).Distinct().Order()];
        RefusalGrounds = [.. (@case.RefusalGroundsInvoked ?? []).Distinct().Order()];
    }

    public CooperationCase Case { get; }

    /// <summary>The instrument a case is assessed under when it names none: the one that establishes its offence, else UNTOC.</summary>
    public static Instrument DefaultInstrument(OffenceCategory? category) =>
        category == OffenceCategory.DrugTrafficking ? Instrument.DrugConvention1988
        : (category is { } c ? OffenceCategories.Protocol(c) : null) ?? Instrument.Untoc;

    public RequestKind Kind => Case.Kind;

    public StateCode Requesting => Case.RequestingState;

    public StateCode Requested { get; }

    public LocalDate AsOf { get; }

    public StateProfile RequestingProfile { get; }

    public StateProfile RequestedProfile { get; }

    /// <summary>Gets the instrument assessed under: the case's, else the Protocol of a Protocol offence, else UNTOC.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets a value indicating whether the instrument is UNTOC or one of its Protocols (which apply arts. 16 and 18 mutatis mutandis).</summary>
    public bool IsUntocFamily => Instrument == Instrument.Untoc || Instrument.IsProtocol;

    public bool IsUncac => Instrument == Instrument.Uncac;

    public bool IsDrugConvention => Instrument == Instrument.DrugConvention1988;

    public bool IsExtradition => Kind == RequestKind.Extradition;

    public bool IsMutualLegalAssistance => Kind == RequestKind.MutualLegalAssistance;

    public Offence Offence { get; }

    public OffenceCategory? Category => Offence.Category;

    public Penalty? Penalty => Offence.MaximumPenalty;

    /// <summary>Gets whether the conduct is an offence in both States; <see langword="null"/> if the case does not say.</summary>
    public bool? DualCriminality { get; }

    /// <summary>Gets what is in the requested State; <see langword="null"/> if the case does not say.</summary>
    public IReadOnlySet<LocatedItem>? Located { get; }

    public IReadOnlyList<MlaMeasure> Measures { get; }

    public IReadOnlyList<RefusalGround> RefusalGrounds { get; }

    public bool Urgent => Case.Urgent == true;

    public Conclusions Conclusions { get; } = new();

    /// <summary>Tells whether the case states that an item is in the requested State: <see langword="null"/> if the case gives no list.</summary>
    public bool? IsLocated(LocatedItem item) => Located is null ? null : Located.Contains(item);

    public bool Invokes(RefusalGround ground) => RefusalGrounds.Contains(ground);

    public override string ToString() => $"{Case.Id} → {Requested} as of {AsOf}";
}
