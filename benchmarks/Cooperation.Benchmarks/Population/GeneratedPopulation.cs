using Cooperation.Directory;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Serialization;
using Cooperation.Serialization;
using Cooperation.States;
using System.Text.Json;

namespace Cooperation.Benchmarks.Population;

/// <summary>
/// A seeded, realistic population of cases: every UN Member State (from the embedded profiles) asked in turn, a mix
/// of extradition and MLA, of offences and penalties, and of unknown facts, with some refusal grounds to judge.
/// </summary>
public static class GeneratedPopulation
{
    private static readonly StateCode[] Members = [.. CooperationDirectory.Embedded.Document.Profiles
        .Where(p => p.Participation.Any(x => x.Instrument == Instrument.Untoc))
        .Select(p => p.State)];

    private static readonly OffenceCategory?[] Categories = [null, null, .. Enum.GetValues<OffenceCategory>()];
    private static readonly int?[] Penalties = [null, 12, 36, 47, 48, 60, 120, 240];
    private static readonly bool?[] Tri = [true, true, false, null];
    private static readonly RefusalGround[][] Grounds = [[], [], [], [RefusalGround.Fiscal], [RefusalGround.BankSecrecy], [RefusalGround.Fiscal, RefusalGround.EssentialInterests], [RefusalGround.AbsenceOfDualCriminality]];
    private static readonly LocatedItem[][] Located = [[LocatedItem.PersonSought], [LocatedItem.Evidence, LocatedItem.Proceeds], [LocatedItem.Witnesses], []];

    /// <summary>Generates cases, one requested State each, UNTOC family only when <paramref name="untocOnly"/>.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The seed: the same seed gives the same population.</param>
    /// <param name="untocOnly">Whether to keep to UNTOC (the subset the ceiling evaluator implements).</param>
    /// <returns>The cases, lazily.</returns>
    public static IEnumerable<CooperationCase> Cases(int count, int seed = 20261127, bool untocOnly = false)
    {
        var random = new Random(seed);
        T Pick<T>(T[] values) => values[random.Next(values.Length)];
        for (var i = 0; i < count; i++)
        {
            var requested = Members[i % Members.Length];
            var requesting = Members[random.Next(Members.Length)];
            if (requesting == requested)
            {
                requesting = Members[(Array.IndexOf(Members, requested) + 1) % Members.Length];
            }

            var category = Pick(Categories);
            var kind = random.Next(2) == 0 ? RequestKind.Extradition : RequestKind.MutualLegalAssistance;
            Instrument? instrument = untocOnly ? Instrument.Untoc : null;
            yield return new CooperationCase(
                $"G{i}",
                kind,
                requesting,
                [requested],
                instrument,
                new Offence(category, Pick(Penalties), null, Pick(Tri), null, Pick(Tri), null, random.Next(4) == 0),
                random.Next(3) == 0 ? null : Pick(Located),
                DualCriminality.ForAll(Pick(Tri)),
                kind == RequestKind.MutualLegalAssistance ? [MlaMeasure.DocumentsAndRecords, MlaMeasure.TakingEvidence] : [],
                Pick(Grounds),
                random.Next(10) == 0);
        }
    }

    /// <summary>Writes <see cref="Cases"/> as JSON Lines, the input of <c>cooperation assess --format jsonl</c>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The seed.</param>
    public static void WriteLines(TextWriter writer, int count, int seed = 20261127)
    {
        var info = Json.GetTypeInfo(typeof(CooperationCase));
        foreach (var @case in Cases(count, seed))
        {
            writer.WriteLine(JsonSerializer.Serialize(@case, info));
        }
    }

    private static readonly JsonSerializerOptions Json = new(CooperationJson.Create(RulesJsonContext.Default.Options)) { WriteIndented = false };
}
