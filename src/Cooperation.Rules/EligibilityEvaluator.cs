using System.Runtime.CompilerServices;
using Cooperation.Evaluation;
using Cooperation.Profiles;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NodaTime;

namespace Cooperation.Rules;

/// <summary>
/// The eligibility engine: the convention's rules, compiled once per process (NRules), evaluated in one short
/// session per case and requested State.
/// </summary>
/// <remarks>
/// <para>
/// Each session holds a single fact (the case seen from one requested State, with both States' profiles), so no
/// rule joins facts of different cases: bulk evaluation is a loop over independent sessions, spread over every core,
/// and gives exactly what single evaluation gives.
/// </para>
/// <para>
/// Unknown facts are never guessed: a provision that needs one yields an <see cref="InformationNeeded"/> with the
/// fact and the citation, and the outcome is <see cref="Outcome.InformationNeeded"/>.
/// </para>
/// </remarks>
/// <threadsafety>Safe to share across threads.</threadsafety>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    private const int BatchSize = 256;
    private const int MaxFirings = 1_000;

    private readonly IStateProfiles _profiles;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="EligibilityEvaluator"/> class.</summary>
    /// <param name="profiles">The State profiles, for example the directory.</param>
    /// <param name="clock">The clock that gives today's date when none is passed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>The first instance in a process compiles the rules (a few hundred milliseconds); later ones reuse them.</remarks>
    public EligibilityEvaluator(IStateProfiles profiles, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(clock);
        _profiles = profiles;
        _clock = clock;
        _ = RuleCatalog.Factory;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Determination> Evaluate(CooperationCase @case, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var date = asOf ?? Today();
        return [.. @case.RequestedStates.Select(requested => EvaluateOne(@case, requested, date))];
    }

    /// <inheritdoc/>
    public IEnumerable<Determination> EvaluateMany(IEnumerable<CooperationCase> cases, LocalDate? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var date = asOf ?? Today();
        return Stream(cases, date, cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Determination> EvaluateManyAsync(
        IAsyncEnumerable<CooperationCase> cases, LocalDate? asOf = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var date = asOf ?? Today();
        var batch = new List<CooperationCase>(BatchSize);
        await foreach (var @case in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(@case);
            if (batch.Count == BatchSize)
            {
                foreach (var determination in EvaluateBatch(batch, date, cancellationToken))
                {
                    yield return determination;
                }

                batch.Clear();
            }
        }

        foreach (var determination in EvaluateBatch(batch, date, cancellationToken))
        {
            yield return determination;
        }
    }

    private IEnumerable<Determination> Stream(IEnumerable<CooperationCase> cases, LocalDate date, CancellationToken cancellationToken)
    {
        foreach (var batch in cases.Chunk(BatchSize))
        {
            foreach (var determination in EvaluateBatch(batch, date, cancellationToken))
            {
                yield return determination;
            }
        }
    }

    private Determination[] EvaluateBatch(IReadOnlyList<CooperationCase> batch, LocalDate date, CancellationToken cancellationToken)
    {
        var results = new IReadOnlyList<Determination>[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = Evaluate(batch[i], date));
        return [.. results.SelectMany(r => r)];
    }

    private Determination EvaluateOne(CooperationCase @case, Cooperation.States.StateCode requested, LocalDate date)
    {
        var facts = new CaseFacts(@case, requested, date, _profiles.Get(@case.RequestingState), _profiles.Get(requested));
        var session = RuleCatalog.Factory.CreateSession();
        session.Insert(facts);
        if (session.Fire(MaxFirings) >= MaxFirings)
        {
            throw new InvalidOperationException($"The rules did not settle for case '{@case.Id}' and {requested} within {MaxFirings} firings.");
        }

        return DeterminationBuilder.Build(facts);
    }

    private LocalDate Today() => _clock.GetCurrentInstant().InUtc().Date;
}
