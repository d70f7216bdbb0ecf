using System.Text.Json;
using Cooperation.Evaluation;
using Cooperation.Languages;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Serialization;
using Cooperation.States;
using FsCheck.Xunit;
using NodaTime;

namespace Cooperation.Abstractions.Tests.Serialization;

public class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Options = CooperationJson.Options;

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool StateCode_RoundTrips(StateCode code) => RoundTrip(code) == code;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool ArticleCitation_RoundTrips(ArticleCitation citation) => RoundTrip(citation) == citation;

    [Property]
    public bool Penalty_RoundTrips(ushort months, byte kind)
    {
        var penalty = (kind % 4) switch
        {
            0 => Penalty.DeprivationOfLibertyMonths(Math.Clamp((int)months, 1, Penalty.MaximumTermMonths)),
            1 => Penalty.LifeImprisonment,
            2 => Penalty.MoreSerious,
            _ => Penalty.NonCustodial,
        };
        return RoundTrip(penalty) == penalty;
    }

    [Fact]
    public void Instruments_AndLanguageTags_RoundTrip()
    {
        Assert.All(Instrument.All, i => Assert.Same(i, RoundTrip(i)));
        Assert.Equal(LanguageTag.Parse("pt-BR"), RoundTrip(LanguageTag.Parse("pt-BR")));
    }

    [Fact]
    public void Enums_AreWrittenAsCamelCaseStrings()
    {
        Assert.Equal("\"mutualLegalAssistance\"", JsonSerializer.Serialize(RequestKind.MutualLegalAssistance, Options));
        Assert.Equal("\"mustNot\"", JsonSerializer.Serialize(Effect.MustNot, Options));
        Assert.Equal("\"centralAuthority\"", JsonSerializer.Serialize(Channel.CentralAuthority, Options));
    }

    [Fact]
    public void Enums_GivenAsNumbers_AreRejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RequestKind>("2", Options));

    [Fact]
    public void Determination_RoundTripsToTheSameJson()
    {
        var citation = ArticleCitation.Parse("UNTOC art. 2(b)");
        var determination = new Determination(
            "BRA-2008-ML-01", StateCode.Parse("BRA"), StateCode.Parse("MEX"), RequestKind.MutualLegalAssistance,
            new LocalDate(2026, 11, 27), Instrument.Untoc, Outcome.InformationNeeded,
            [new LegalBasis(LegalBasisKind.Convention, ArticleCitation.Parse("UNTOC art. 18(1)"), "UNTOC art. 18")],
            [new Finding("R-SC-01", Effect.Must, citation, [new FactUsed("offence.maxPenaltyMonths", "48"), new FactUsed("dualCriminality", null)], "Punishable by at least four years.")],
            [new InformationNeeded("dualCriminality", ArticleCitation.Parse("UNTOC art. 18(9)"), "The requested State may decline without it.")],
            [new RefusalGroundAssessment(RefusalGround.BankSecrecy, false, ArticleCitation.Parse("UNTOC art. 18(8)"), "Bank secrecy is never a ground.")]);

        var json = JsonSerializer.Serialize(determination, Options);
        var back = JsonSerializer.Deserialize<Determination>(json, Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, Options));
        Assert.Equal(determination.RequestedState, back.RequestedState);
        Assert.Equal(determination.AsOf, back.AsOf);
        Assert.Contains("\"asOf\": \"2026-11-27\"", json, StringComparison.Ordinal);
        Assert.Contains("\"citation\": \"UNTOC art. 2(b)\"", json, StringComparison.Ordinal);
        Assert.Equal(determination.Findings[0], back.Findings[0] with { FactsUsed = determination.Findings[0].FactsUsed });
    }

    [Theory]
    [InlineData("{\"rule\":\"R\",\"effect\":\"must\",\"citation\":\"UNTOC art. 16(18)\",\"factsUsed\":[],\"explanation\":\"x\"}", "$.citation", "'UNTOC art. 16(18)'")]
    [InlineData("{\"rule\":\"R\",\"effect\":\"perhaps\",\"citation\":\"UNTOC art. 16\",\"factsUsed\":[],\"explanation\":\"x\"}", "$.effect", "")]
    [InlineData("{\"rule\":\"R\",\"effect\":\"must\",\"citation\":\"UNTOC art. 16\",\"factsUsed\":[],\"explanation\":\"x\",\"colour\":1}", "colour", "")]
    public void MalformedJson_FailsWithThePathOfTheOffendingField(string json, string path, string value)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Finding>(json, Options));

        Assert.Contains(path, error.Path + " " + error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateCode_FailsNamingTheValue()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<StateCode>("\"XYZ\"", Options));
        Assert.Contains("'XYZ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateCode_CanBeADictionaryKey()
    {
        // Any options work: the converter is attached to the type, not registered in CooperationJson.Options.
        var options = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), WriteIndented = true };
        var map = new Dictionary<StateCode, bool> { [StateCode.Parse("BRA")] = true };
        var json = JsonSerializer.Serialize(map, options);

        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<StateCode, bool>>("{\"br\": true}", options));

        Assert.Equal("{\n  \"BRA\": true\n}", json.ReplaceLineEndings("\n"));
    }
}
