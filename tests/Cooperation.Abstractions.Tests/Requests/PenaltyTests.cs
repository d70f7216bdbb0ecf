using Cooperation.Requests;
using FsCheck.Xunit;

namespace Cooperation.Abstractions.Tests.Requests;

public class PenaltyTests
{
    [Fact]
    public void FourYears_IsFortyEightMonths() =>
        Assert.Equal(Penalty.DeprivationOfLibertyYears(4), Penalty.DeprivationOfLibertyMonths(48));

    [Theory]
    [InlineData(47, false)]
    [InlineData(48, true)]
    [InlineData(49, true)]
    public void IsAtLeastMonths_CountsTheBoundaryItself(int months, bool expected) =>
        Assert.Equal(expected, Penalty.DeprivationOfLibertyMonths(months).IsAtLeastMonths(48));

    [Fact]
    public void LifeAndMoreSerious_ExceedEveryTerm_AndNonCustodialReachesNone()
    {
        Assert.True(Penalty.LifeImprisonment.IsAtLeastMonths(Penalty.MaximumTermMonths));
        Assert.True(Penalty.MoreSerious.IsAtLeastMonths(Penalty.MaximumTermMonths));
        Assert.False(Penalty.NonCustodial.IsAtLeastMonths(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Penalty.MaximumTermMonths + 1)]
    public void DeprivationOfLibertyMonths_OutOfRange_Throws(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Penalty.DeprivationOfLibertyMonths(months));

    [Fact]
    public void Order_IsNonCustodialThenTermsThenLifeThenMoreSerious()
    {
        var sorted = new[] { Penalty.MoreSerious, Penalty.DeprivationOfLibertyMonths(60), Penalty.NonCustodial, Penalty.LifeImprisonment, Penalty.DeprivationOfLibertyMonths(6) }.Order();

        Assert.Equal([Penalty.NonCustodial, Penalty.DeprivationOfLibertyMonths(6), Penalty.DeprivationOfLibertyMonths(60), Penalty.LifeImprisonment, Penalty.MoreSerious], sorted);
    }

    [Property]
    public bool IsAtLeastMonths_IsMonotoneInThePenalty(ushort a, ushort b, byte threshold)
    {
        var (low, high) = (Math.Clamp((int)Math.Min(a, b), 1, Penalty.MaximumTermMonths), Math.Clamp((int)Math.Max(a, b), 1, Penalty.MaximumTermMonths));
        return !Penalty.DeprivationOfLibertyMonths(low).IsAtLeastMonths(threshold)
            || Penalty.DeprivationOfLibertyMonths(high).IsAtLeastMonths(threshold);
    }

    [Fact]
    public void ToString_DescribesTheTerm()
    {
        Assert.Equal("deprivation of liberty up to 4 years", Penalty.DeprivationOfLibertyMonths(48).ToString());
        Assert.Equal("deprivation of liberty up to 18 months", Penalty.DeprivationOfLibertyMonths(18).ToString());
    }
}
