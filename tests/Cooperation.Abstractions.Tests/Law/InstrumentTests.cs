using Cooperation.Law;
using NodaTime;

namespace Cooperation.Abstractions.Tests.Law;

public class InstrumentTests
{
    [Theory]
    [InlineData("UNTOC", 2003, 9, 29)]
    [InlineData("TIP", 2003, 12, 25)]
    [InlineData("SOM", 2004, 1, 28)]
    [InlineData("FP", 2005, 7, 3)]
    [InlineData("UNCAC", 2005, 12, 14)]
    [InlineData("1988", 1990, 11, 11)]
    public void EntryIntoForce_IsTheGeneralDate(string abbreviation, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), Instrument.Parse(abbreviation).EntryIntoForce);

    [Fact]
    public void EntryIntoForceAfterDeposit_BeforeGeneralEntryIntoForce_IsTheGeneralDate() =>
        // Albania deposited on 21 Aug 2002, before UNTOC entered into force.
        Assert.Equal(new LocalDate(2003, 9, 29), Instrument.Untoc.EntryIntoForceAfterDeposit(new LocalDate(2002, 8, 21)));

    [Fact]
    public void EntryIntoForceAfterDeposit_AfterGeneralEntryIntoForce_IsThe30thDay() =>
        // Andorra deposited on 22 Sep 2011 (UNTOC art. 38(2)).
        Assert.Equal(new LocalDate(2011, 10, 22), Instrument.Untoc.EntryIntoForceAfterDeposit(new LocalDate(2011, 9, 22)));

    [Fact]
    public void EntryIntoForceAfterDeposit_For1988Convention_IsThe90thDay() =>
        Assert.Equal(new LocalDate(2000, 3, 31), Instrument.DrugConvention1988.EntryIntoForceAfterDeposit(new LocalDate(2000, 1, 1)));

    [Fact]
    public void Protocols_SupplementUntoc_AndConventionsDoNot()
    {
        Assert.All(new[] { Instrument.TraffickingInPersonsProtocol, Instrument.SmugglingOfMigrantsProtocol, Instrument.FirearmsProtocol },
            p => Assert.Same(Instrument.Untoc, p.Supplements));
        Assert.All(new[] { Instrument.Untoc, Instrument.Uncac, Instrument.DrugConvention1988 }, c => Assert.False(c.IsProtocol));
    }

    [Theory]
    [InlineData("untoc")]
    [InlineData("C1988")]
    [InlineData(" uncac ")]
    public void Parse_IgnoresCaseAndAcceptsTheDataFileCodeForThe1988Convention(string text) =>
        Assert.True(Instrument.TryParse(text, out _));

    [Fact]
    public void Parse_UnknownInstrument_ThrowsNamingTheValue()
    {
        var error = Assert.Throws<FormatException>(() => Instrument.Parse("ECHR"));
        Assert.Contains("'ECHR'", error.Message, StringComparison.Ordinal);
    }
}
