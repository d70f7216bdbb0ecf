using System.Collections.Concurrent;
using Cooperation.Rules.Engine;

namespace Cooperation.Rules.Tests;

/// <summary>Records which rules fired, across every session of the shared factory (factory-level events).</summary>
internal static class RuleRunner
{
    public static readonly ConcurrentDictionary<string, int> Fired = new(StringComparer.Ordinal);

    static RuleRunner() => RuleCatalog.Factory.Events.RuleFiredEvent += (_, e) => Fired.AddOrUpdate(e.Rule.Name, 1, (_, n) => n + 1);

    public static void EnsureListening() => _ = Fired.Count;
}
