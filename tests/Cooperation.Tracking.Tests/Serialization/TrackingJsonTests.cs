using Cooperation.Tracking.Serialization;

namespace Cooperation.Tracking.Tests.Serialization;

/// <summary>Request documents: read whole or refused with the path and the value.</summary>
public class TrackingJsonTests
{
    private const string Valid = """
        {
          "request": {
            "direction": "outgoing", "kind": "mutualLegalAssistance", "requestingState": "ESP", "requestedState": "BRA",
            "authorities": { "requested": "SAMPLE-BRA-CA" },
            "offence": "moneyLaundering", "maximumPenalty": { "kind": "deprivationOfLiberty", "maximumMonths": 72 },
            "measures": ["documentsAndRecords"],
            "legalBasis": [ { "kind": "convention", "citation": "UNTOC art. 18" }, { "kind": "treaty", "title": "ESP-BRA MLA treaty" } ],
            "urgent": true,
            "deadline": { "date": "2027-02-01", "reason": "Trial opens on 3 February." },
            "references": { "prosecutor": "2026/114" }
          },
          "personalData": { "persons": [ { "name": "A. Person", "role": "suspect" } ] },
          "note": "drafted"
        }
        """;

    [Fact]
    public void AValidDocument_IsReadWhole()
    {
        var opening = TrackingJson.ParseOpening(Valid);
        Assert.Equal("BRA", opening.Request.RequestedState.ToString());
        Assert.Equal(["UNTOC", "treaty"], opening.Request.LegalBasis!.Select(b => b.StatisticsLabel));
        Assert.True(opening.Request.InvokesUntoc);
        Assert.Equal("A. Person", opening.PersonalData!.Persons[0].Name);
        Assert.Equal(opening.Request.Deadline, TrackingJson.ParseDetails(TrackingJson.SerializeDetails(opening.Request)).Deadline);
    }

    [Theory]
    [InlineData("\"requestedState\": \"BRA\"", "\"requestedState\": \"XXX\"", "$.request.requestedState", "XXX")]
    [InlineData("\"kind\": \"convention\", \"citation\": \"UNTOC art. 18\"", "\"kind\": \"convention\"", "$.request.legalBasis[0]", "citation")]
    [InlineData("\"urgent\": true", "\"urgnet\": true", "$.request", "urgnet")]
    [InlineData("\"requestedState\": \"BRA\"", "\"requestedState\": \"ESP\"", "$.request.requestedState", "ESP")]
    [InlineData("\"date\": \"2027-02-01\"", "\"date\": \"2027-02-31\"", "$.request.deadline.date", "2027-02-31")]
    public void AMalformedDocument_NamesThePathAndTheValue(string find, string replace, string path, string value)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        var e = Assert.Throws<TrackingValidationException>(() => TrackingJson.ParseOpening(json));
        Assert.StartsWith(path, e.Path, StringComparison.Ordinal);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }
}
