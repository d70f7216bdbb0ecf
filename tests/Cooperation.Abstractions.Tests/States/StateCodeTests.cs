using Cooperation.States;
using FsCheck.Xunit;

namespace Cooperation.Abstractions.Tests.States;

public class StateCodeTests
{
    [Theory]
    [InlineData("BRA", "BRA", "Brazil")]
    [InlineData("bra", "BRA", "Brazil")]
    [InlineData("BR", "BRA", "Brazil")]
    [InlineData(" mx ", "MEX", "Mexico")]
    [InlineData("MKD", "MKD", "North Macedonia")]
    [InlineData("TUR", "TUR", "Türkiye")]
    [InlineData("NP", "NPL", "Nepal")]
    public void Parse_KnownAlpha3OrAlpha2_ReturnsCanonicalState(string input, string alpha3, string name)
    {
        var code = StateCode.Parse(input);

        Assert.Equal(alpha3, code.Alpha3);
        Assert.Equal(alpha3, code.ToString());
        Assert.Equal(name, code.Name);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("ZZ")]
    [InlineData("BRAZ")]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("EU")]
    public void Parse_UnknownCode_ThrowsNamingTheValue(string input)
    {
        var error = Assert.Throws<FormatException>(() => StateCode.Parse(input));

        Assert.Contains($"'{input}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_HoldsEveryIso3166Code_OnceEach()
    {
        Assert.Equal(249, StateCode.All.Count);
        Assert.Equal(249, StateCode.All.Select(c => c.Alpha3).Distinct().Count());
        Assert.Equal(249, StateCode.All.Select(c => c.Alpha2).Distinct().Count());
    }

    [Fact]
    public void Equality_IsByCode_WhicheverFormWasParsed()
    {
        Assert.Same(StateCode.Parse("BRA"), StateCode.Parse("br"));
        Assert.True(StateCode.Parse("BRA") == StateCode.Parse("BR"));
        Assert.True(StateCode.Parse("BRA") != StateCode.Parse("ARG"));
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Parse_OfAnyFormOfACode_RoundTrips(StateCode code) =>
        StateCode.Parse(code.Alpha3) == code
        && StateCode.Parse(code.Alpha2) == code
        && StateCode.Parse(code.Alpha3.ToLowerInvariant()) == code
        && StateCode.Parse(code.ToString()) == code;

    [Property]
    public bool TryParse_OfArbitraryText_EitherFailsOrYieldsACodeThatFormatsBackToItsAlpha3(string? text) =>
        !StateCode.TryParse(text, out var code)
        || (StateCode.Parse(code.Alpha3) == code
            && (string.Equals(text!.Trim(), code.Alpha3, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text.Trim(), code.Alpha2, StringComparison.OrdinalIgnoreCase)));
}
