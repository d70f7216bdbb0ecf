using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Directory;
using Cooperation.Directory.Data;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Serialization;
using Cooperation.States;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Rules.Tests.Golden;

/// <summary>
/// A golden case: a case as a practitioner would write it, the State data it assumes (changes to the embedded
/// profiles, written as plain facts) and the expected determination per requested State. See README.md beside
/// the files for the format.
/// </summary>
public sealed record GoldenCase(string Name, string Description, LocalDate AsOf, CooperationCase Case, IStateProfiles Profiles, IReadOnlyList<GoldenExpectation> Expectations)
{
    public override string ToString() => Name;

    public static IEnumerable<GoldenCase> All() =>
        System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json").Order(StringComparer.Ordinal).Select(Load);

    public static GoldenCase Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var asOf = LocalDatePattern.Iso.Parse(root["asOf"]!.GetValue<string>()).Value;
        var @case = CaseJson.Parse(root["case"]!.ToJsonString()).Single();
        var profiles = CooperationDirectory.Embedded;
        if (root["stateData"] is JsonObject overrides)
        {
            profiles = profiles.MergeWith(new DirectoryDocument(profiles: [.. overrides.Select(o => Override(profiles.Get(StateCode.Parse(o.Key)), o.Value!.AsObject(), asOf))]));
        }

        var expectations = root["expect"]!.AsArray().Select(e => new GoldenExpectation(
            StateCode.Parse(e!["requestedState"]!.GetValue<string>()),
            e["outcome"]!.GetValue<string>(),
            Strings(e["citations"]),
            Strings(e["legalBasis"]),
            Strings(e["informationNeeded"]),
            e["refusalGrounds"]?.AsObject().ToDictionary(p => p.Key, p => p.Value is null ? (bool?)null : p.Value.GetValue<bool>()) ?? [])).ToList();
        return new GoldenCase(Path.GetFileNameWithoutExtension(path), root["description"]!.GetValue<string>(), asOf, @case, profiles, expectations);
    }

    private static IReadOnlyList<string> Strings(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

    private static StateProfile Override(StateProfile profile, JsonObject facts, LocalDate asOf)
    {
        var source = new Provenance("golden case", asOf);
        Sourced<bool>? Flag(string name) => facts[name] is JsonValue v ? new Sourced<bool>(v.GetValue<bool>(), "golden case", asOf) : null;
        foreach (var (name, value) in facts)
        {
            profile = name switch
            {
                "extraditionConditionalOnTreaty" => profile with { ExtraditionConditionalOnTreaty = Flag(name) },
                "requiresDiplomaticChannel" => profile with { RequiresDiplomaticChannel = Flag(name) },
                "acceptsInterpolWhenUrgent" => profile with { AcceptsInterpolWhenUrgent = Flag(name) },
                "extraditionWithoutDualCriminality" => profile with { ExtraditionWithoutDualCriminality = Flag(name) },
                "untocExtraditionBasis" => profile with { ExtraditionBasis = [new ExtraditionBasisNotification(Instrument.Untoc, Enum.Parse<ConventionAsExtraditionBasis>(value!.GetValue<string>(), true), null, null, source)] },
                "uncacExtraditionBasis" => profile with { ExtraditionBasis = [new ExtraditionBasisNotification(Instrument.Uncac, Enum.Parse<ConventionAsExtraditionBasis>(value!.GetValue<string>(), true), null, null, source)] },
                "extraditionTreatyWith" => profile with { Treaties = [.. profile.Treaties, .. Treaties(TreatyKind.Extradition, value!, source)] },
                "mlaTreatyWith" => profile with { Treaties = [.. profile.Treaties, .. Treaties(TreatyKind.MutualLegalAssistance, value!, source)] },
                "partyFrom" => profile with { Participation = OnlyParty(value!.AsObject(), source) },
                _ => throw new InvalidDataException($"Unknown stateData field '{name}'."),
            };
        }

        return profile;
    }

    private static IEnumerable<TreatyRelation> Treaties(TreatyKind kind, JsonNode states, Provenance source) =>
        states.AsArray().Select(s => new TreatyRelation(kind, StateCode.Parse(s!.GetValue<string>()), $"Golden {kind} treaty", new LocalDate(2000, 1, 1), null, source));

    // The listed instruments only: every other one is recorded as not joined, with no end to that knowledge.
    private static InstrumentParticipation[] OnlyParty(JsonObject parties, Provenance source) =>
        [.. Instrument.All.Select(i => parties[i.Abbreviation] is JsonValue from
            ? Party(i.Abbreviation, from.GetValue<string>(), source)
            : new InstrumentParticipation(i, ParticipationStatus.NoRecord, null, null, source with { AsOf = new LocalDate(9999, 12, 31) }))];

    private static InstrumentParticipation Party(string instrument, string entryIntoForce, Provenance source)
    {
        var date = LocalDatePattern.Iso.Parse(entryIntoForce).Value;
        return new InstrumentParticipation(Instrument.Parse(instrument), ParticipationStatus.Accession, date.PlusDays(-30), date, source);
    }
}

/// <summary>What a golden case expects for one requested State.</summary>
public sealed record GoldenExpectation(
    StateCode RequestedState,
    string Outcome,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<string> InformationNeeded,
    IReadOnlyDictionary<string, bool?> RefusalGrounds);
