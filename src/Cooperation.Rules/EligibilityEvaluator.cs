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
/// Every rule matches a single fact (the case seen from one requested State, with both States' profiles), so no
/// rule joins facts of different cases: bulk evaluation puts a slice of each batch in one session per core, and
/// gives exactly what single evaluation gives.
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
    private const int FactsPerSession = 64;

    private readonly IStateProfiles _profiles;
    private readonly IClock _clock;
    private readonly NRules.ISessionFactory _factory;
    private readonly int _parallelism;

    /// <summary>Initializes a new instance of the <see cref="EligibilityEvaluator"/> class.</summary>
    /// <param name="profiles">The State profiles, for example the directory.</param>
    /// <param name="clock">The clock that gives today's date when none is passed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>The first instance in a process compiles the rules (a few hundred milliseconds); later ones reuse them.</remarks>
    public EligibilityEvaluator(IStateProfiles profiles, IClock clock)
        : this(profiles, clock, RuleCatalog.Factory)
    {
    }

    /// <summary>An evaluator over another compiled rule set (a subset of the rules, for benchmarks and tests).</summary>
    /// <param name="profiles">The State profiles.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="factory">The compiled rules.</param>
    /// <param name="maxDegreeOfParallelism">How many cores bulk evaluation may use (-1: all), so benchmarks can compare one core with one core.</param>
    internal EligibilityEvaluator(IStateProfiles profiles, IClock clock, NRules.ISessionFactory factory, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(clock);
        _profiles = profiles;
        _clock = clock;
        _factory = factory;
        _parallelism = maxDegreeOfParallelism;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Determination> Evaluate(CooperationCase @case, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Run([.. Facts(@case, asOf ?? Today())]);
    }

    /// <inheritdoc/>
    public IEnumerable<Determination> EvaluateMany(
        IEnumerable<CooperationCase> cases, LocalDate? asOf = null, CancellationToken cancellationToken = default, IProgress<EvaluationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var date = asOf ?? Today();
        return Stream(cases, date, cancellationToken, progress);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Determination> EvaluateManyAsync(
        IAsyncEnumerable<CooperationCase> cases, LocalDate? asOf = null, [EnumeratorCancellation] CancellationToken cancellationToken = default, IProgress<EvaluationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var date = asOf ?? Today();
        var done = new EvaluationProgress(0, 0);
        var batch = new List<CooperationCase>(BatchSize);
        await foreach (var @case in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(@case);
            if (batch.Count == BatchSize)
            {
                var results = EvaluateBatch(batch, date, cancellationToken);
                done = new EvaluationProgress(done.Cases + batch.Count, done.Determinations + results.Length);
                progress?.Report(done);
                foreach (var determination in results)
                {
                    yield return determination;
                }

                batch.Clear();
            }
        }

        var last = EvaluateBatch(batch, date, cancellationToken);
        progress?.Report(new EvaluationProgress(done.Cases + batch.Count, done.Determinations + last.Length));
        foreach (var determination in last)
        {
            yield return determination;
        }
    }

    private IEnumerable<Determination> Stream(IEnumerable<CooperationCase> cases, LocalDate date, CancellationToken cancellationToken, IProgress<EvaluationProgress>? progress)
    {
        var done = new EvaluationProgress(0, 0);
        foreach (var batch in cases.Chunk(BatchSize))
        {
            var results = EvaluateBatch(batch, date, cancellationToken);
            done = new EvaluationProgress(done.Cases + batch.Length, done.Determinations + results.Length);
            progress?.Report(done);
            foreach (var determination in results)
            {
                yield return determination;
            }
        }
    }

    private Determination[] EvaluateBatch(IReadOnlyList<CooperationCase> batch, LocalDate date, CancellationToken cancellationToken)
    {
        // Every rule matches a single fact, so the facts of many cases can share one session without ever meeting in
        // a join. Sharing amortizes the cost of creating a session, but NRules' agenda grows slower per activation
        // as it fills, so sessions hold small slices (64 facts measured as well as any size from 16 to 128), spread over every core.
        var facts = batch.SelectMany(c => Facts(c, date)).ToArray();
        var slices = (facts.Length + FactsPerSession - 1) / FactsPerSession;
        var results = new Determination[facts.Length];
        Parallel.For(0, slices, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _parallelism }, slice =>
        {
            var from = slice * FactsPerSession;
            Run(facts[from..Math.Min(from + FactsPerSession, facts.Length)]).CopyTo(results.AsSpan(from));
        });
        return results;
    }

    private IEnumerable<CaseFacts> Facts(CooperationCase @case, LocalDate date)
    {
        var requesting = _profiles.Get(@case.RequestingState);
        return @case.RequestedStates.Select(requested => new CaseFacts(@case, requested, date, requesting, _profiles.Get(requested)));
    }

    private Determination[] Run(IReadOnlyList<CaseFacts> facts)
    {
        if (facts.Count == 0)
        {
            return [];
        }

        var session = _factory.CreateSession();
        session.InsertAll(facts);
        var limit = MaxFirings * facts.Count;
        if (session.Fire(limit) >= limit)
        {
            throw new InvalidOperationException($"The rules did not settle within {MaxFirings} firings per determination (case '{facts[0].Case.Id}').");
        }

        return [.. facts.Select(DeterminationBuilder.Build)];
    }

    private LocalDate Today() => _clock.GetCurrentInstant().InUtc().Date;
}
