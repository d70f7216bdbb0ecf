using Cooperation.Evaluation;
using Cooperation.Rules.Cases;
using NodaTime;

namespace Cooperation.Rules;

/// <summary>
/// Assesses cases against the cooperation provisions of UNTOC and its Protocols, UNCAC and the 1988 Convention:
/// one <see cref="Determination"/> per case and requested State.
/// </summary>
/// <threadsafety>Implementations are safe to share across threads.</threadsafety>
public interface IEligibilityEvaluator
{
    /// <summary>Assesses one case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The date to read the law and State data as of; today (from the injected clock) if not given.</param>
    /// <returns>One determination per requested State, in the case's order.</returns>
    IReadOnlyList<Determination> Evaluate(CooperationCase @case, LocalDate? asOf = null);

    /// <summary>Assesses many cases, streaming: cases are read and results produced as they go, on every core, in input order.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="asOf">The date to read the law and State data as of; today if not given.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <param name="progress">Told after each batch how many cases and determinations are done.</param>
    /// <returns>The determinations, identical to what <see cref="Evaluate"/> gives case by case.</returns>
    IEnumerable<Determination> EvaluateMany(IEnumerable<CooperationCase> cases, LocalDate? asOf = null, CancellationToken cancellationToken = default, IProgress<EvaluationProgress>? progress = null);

    /// <summary>Assesses an asynchronous stream of cases, as <see cref="EvaluateMany"/>.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="asOf">The date to read the law and State data as of; today if not given.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <param name="progress">Told after each batch how many cases and determinations are done.</param>
    /// <returns>The determinations, in input order.</returns>
    IAsyncEnumerable<Determination> EvaluateManyAsync(IAsyncEnumerable<CooperationCase> cases, LocalDate? asOf = null, CancellationToken cancellationToken = default, IProgress<EvaluationProgress>? progress = null);
}
