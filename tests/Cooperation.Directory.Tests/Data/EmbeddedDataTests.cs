using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Directory.Tests.Data;

public class EmbeddedDataTests
{
    private static readonly CooperationDirectory Embedded = CooperationDirectory.Embedded;

    [Fact]
    public void EmbeddedFile_PassesEveryCheckOfTheLoader() =>
        Assert.Empty(DirectoryJson.Validate(EmbeddedData.Text()));

    [Fact]
    public void EmbeddedFile_IsNotSampleData() =>
        Assert.False(Embedded.Document.Sample);

    [Fact]
    public void EveryUnMemberState_HasAProfile_WithAllSixInstruments()
    {
        Assert.True(Embedded.Document.Profiles.Count >= 193);
        Assert.All(Embedded.Document.Profiles, p =>
            Assert.Equal(Instrument.All.Select(i => i.Abbreviation).Order(), p.Participation.Select(x => x.Instrument.Abbreviation).Order()));
        Assert.Contains(Embedded.Document.Profiles, p => p.State.Alpha3 == "SSD");
        Assert.Contains(Embedded.Document.Profiles, p => p.State.Alpha3 == "TUV");
    }

    [Fact]
    public void EveryFact_CarriesItsSourceAndAsOfDate()
    {
        foreach (var profile in Embedded.Document.Profiles)
        {
            Assert.All(profile.Participation, p => Assert.False(string.IsNullOrWhiteSpace(p.Provenance.Source)));
            Assert.All(profile.ExtraditionBasis, n => Assert.False(string.IsNullOrWhiteSpace(n.Provenance.Source)));
            Assert.All(profile.CentralAuthorities, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        }

        Assert.All(Embedded.Document.Authorities, a => Assert.False(string.IsNullOrWhiteSpace(a.Provenance.Source)));
    }

    [Fact]
    public void Brazil_IsAPartyToUntoc_FromItsEntryIntoForce()
    {
        var brazil = Embedded.Get(StateCode.Parse("BRA"));
        var untoc = brazil.ParticipationIn(Instrument.Untoc)!;

        Assert.True(untoc.IsParty);
        Assert.True(brazil.IsPartyOn(Instrument.Untoc, untoc.EntryIntoForce!.Value));
        Assert.False(brazil.IsPartyOn(Instrument.Untoc, untoc.EntryIntoForce.Value.PlusDays(-1)));
    }

    [Fact]
    public void AStateWithoutARecord_IsNotAPartyUpToTheSourceDate_AndUnknownAfter()
    {
        // Tuvalu had not joined UNTOC by the mid-2014 baseline; whether it has since, the data cannot say.
        var tuvalu = Embedded.Get(StateCode.Parse("TUV"));
        var untoc = tuvalu.ParticipationIn(Instrument.Untoc)!;

        Assert.Equal(ParticipationStatus.NoRecord, untoc.Status);
        Assert.False(tuvalu.IsPartyOn(Instrument.Untoc, new LocalDate(2010, 1, 1)));
        Assert.Null(tuvalu.IsPartyOn(Instrument.Untoc, new LocalDate(2026, 1, 1)));
    }

    [Theory]
    [InlineData("ARM")]
    [InlineData("MEX")]
    [InlineData("NLD")]
    [InlineData("VEN")]
    [InlineData("MKD")]
    public void TheStatesOfTheAugust2008Report_TakeTheConventionAsLegalBasis(string state)
    {
        var notification = Embedded.Get(StateCode.Parse(state)).ExtraditionBasisOn(Instrument.Untoc, new LocalDate(2026, 1, 1));
        Assert.Equal(ConventionAsExtraditionBasis.Accepts, notification!.Value);
    }

    [Fact]
    public void VietNam_DoesNotTakeTheConventionAsLegalBasis() =>
        Assert.Equal(ConventionAsExtraditionBasis.DoesNotAccept,
            Embedded.Get(StateCode.Parse("VNM")).ExtraditionBasisOn(Instrument.Untoc, new LocalDate(2026, 1, 1))!.Value);

    [Fact]
    public void ANotificationHasNoEffectBeforeItsDate_SoEarlierDatesAreUnknown() =>
        Assert.Null(Embedded.Get(StateCode.Parse("ARM")).ExtraditionBasisOn(Instrument.Untoc, new LocalDate(2005, 1, 1)));

    [Fact]
    public void StatesWithoutANotification_AreUnknown_NotNo()
    {
        var brazil = Embedded.Get(StateCode.Parse("BRA"));

        Assert.Null(brazil.ExtraditionBasisOn(Instrument.Untoc, new LocalDate(2026, 1, 1)));
        Assert.Null(brazil.ExtraditionConditionalOnTreaty);
        Assert.Null(brazil.MlaLanguages);
    }

    [Fact]
    public void Mexico_AcceptsSpanish_OrAnyLanguageWithASpanishTranslation()
    {
        var languages = Embedded.Get(StateCode.Parse("MEX")).MlaLanguages!;

        Assert.Equal(["Spanish", "any language with a translation into Spanish"], languages.Accepted.Select(a => a.ToString()));
    }

    [Fact]
    public void NotifiedInstitutions_AreShippedWithoutInventedContactDetails()
    {
        Assert.NotEmpty(Embedded.Document.Authorities);
        Assert.All(Embedded.Document.Authorities, a =>
        {
            Assert.Empty(a.Telephones);
            Assert.Null(a.Email);
            Assert.Empty(a.ContactPersons);
            Assert.Null(a.OfficeHours);
        });
    }

    [Fact]
    public void Spain_CentralAuthority_KeepsTheNotifiedAddress() =>
        Assert.Contains("Calle San Bernardo 62", CooperationDirectory.Embedded.Find("ESP-SGCJI", Cooperation.Directory.Access.Reader.Anonymous)!.PostalAddress);
}
