using NRules;
using NRules.Fluent;

namespace Cooperation.Rules.Engine;

/// <summary>The rule set of this assembly, compiled once per process into a thread-safe session factory.</summary>
internal static class RuleCatalog
{
    private static readonly Lazy<RuleRepository> Repository = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ISessionFactory> Compiled = new(() => Repository.Value.Compile(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ISessionFactory Factory => Compiled.Value;

    /// <summary>Gets every rule class of the assembly.</summary>
    public static IReadOnlyList<Type> RuleTypes { get; } =
        [.. typeof(RuleCatalog).Assembly.GetTypes().Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Compiles a new session factory from the rules whose names a filter keeps: for benchmarks and tests of rule subsets.</summary>
    public static ISessionFactory Compile(Func<string, bool> keepRule) =>
        new RuleCompiler().Compile(Repository.Value.GetRules().Where(r => keepRule(r.Name)));

    /// <summary>Gets the name of every rule, as loaded.</summary>
    public static IReadOnlyList<string> RuleNames => [.. Repository.Value.GetRules().Select(r => r.Name)];

    private static RuleRepository Load()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(RuleTypes).PrivateTypes(true));
        return repository;
    }
}
