using NRules;
using NRules.Fluent;

namespace Cooperation.Drafting.Requirements;

/// <summary>The requirement rules of this assembly, compiled once per process.</summary>
internal static class RequirementCatalog
{
    // Declared first: the repository below loads these types.
    public static IReadOnlyList<Type> RuleTypes { get; } =
        [.. typeof(RequirementCatalog).Assembly.GetTypes().Where(t => typeof(DraftRule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static readonly Lazy<RuleRepository> Repository = new(() =>
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(RuleTypes).PrivateTypes(true));
        return repository;
    });

    private static readonly Lazy<ISessionFactory> Compiled = new(() => Repository.Value.Compile());

    public static ISessionFactory Factory => Compiled.Value;

    public static IReadOnlyList<string> RuleNames => [.. Repository.Value.GetRules().Select(r => r.Name)];
}
