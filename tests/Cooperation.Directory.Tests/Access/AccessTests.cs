using Cooperation.Directory.Access;
using Cooperation.Directory.Authorities;
using Cooperation.Directory.Data;
using Cooperation.Directory.Queries;
using Cooperation.Directory.Serialization;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.States;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cooperation.Directory.Tests.Access;

public class AccessTests
{
    private static readonly CooperationDirectory Sample = SampleData.Directory;

    [Fact]
    public void AnonymousReaders_SeePublicRecords_WithoutContactPersons()
    {
        var brazil = Assert.Single(Sample.Find(new AuthorityQuery(StateCode.Parse("BRA")), Reader.Anonymous));

        Assert.Empty(brazil.ContactPersons);
        Assert.Equal("central.authority@example.org", brazil.Email);
    }

    [Fact]
    public void AnonymousReaders_DoNotSeeRestrictedStates()
    {
        Assert.Equal(Visibility.Restricted, Sample.VisibilityOf(StateCode.Parse("NPL")));
        Assert.Empty(Sample.Find(new AuthorityQuery(StateCode.Parse("NPL")), Reader.Anonymous));
        Assert.Null(Sample.Find("SAMPLE-NPL-CA", Reader.Anonymous));
    }

    [Fact]
    public void AuthorisedReaders_SeeEverything()
    {
        var reader = Reader.Authorised("central-authority-user-1");

        Assert.Equal("Ana Exemplo", Assert.Single(Sample.Find(new AuthorityQuery(StateCode.Parse("BRA")), reader)).ContactPersons[0].Name);
        Assert.NotNull(Sample.Find("SAMPLE-NPL-CA", reader));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AnAuthorisedReader_NeedsAnIdentity(string id) =>
        Assert.ThrowsAny<ArgumentException>(() => Reader.Authorised(id));

    public static Arbitrary<DirectoryDocument> Documents() => Generated.Documents.ToArbitrary();

    [Property(Arbitrary = [typeof(AccessTests)], MaxTest = 100)]
    public bool NoRestrictedField_EverReachesAnAnonymousReader(DirectoryDocument document)
    {
        var directory = new CooperationDirectory(document);
        var secrets = document.Authorities.SelectMany(a => a.ContactPersons)
            .SelectMany(p => new[] { p.Name, p.DirectLine, p.Email }).OfType<string>().ToHashSet();
        var restrictedNames = document.Authorities
            .Where(a => directory.VisibilityOf(a.State) == Visibility.Restricted).Select(a => a.Name).ToHashSet();

        var exported = DirectoryJson.Serialize(directory.Export(Reader.Anonymous));
        var found = StateCode.All.Take(12).SelectMany(s => directory.Find(new AuthorityQuery(s), Reader.Anonymous)).ToList();
        var advice = StateCode.All.Take(12).Select(s => directory.Advise(StateCode.Parse("BRA"), s, Requests.RequestKind.MutualLegalAssistance, true, Reader.Anonymous));
        var views = string.Join("\n", found.Select(a => a.ToString() + string.Join(",", a.ContactPersons)))
            + string.Join("\n", advice.SelectMany(a => a.Recipients.Concat(a.Notes)));

        return secrets.All(s => !exported.Contains(s, StringComparison.Ordinal) && !views.Contains(s, StringComparison.Ordinal))
            && restrictedNames.All(n => !exported.Contains(n, StringComparison.Ordinal) && !views.Contains(n, StringComparison.Ordinal))
            && found.All(a => a.ContactPersons.Count == 0);
    }

    [Property(Arbitrary = [typeof(AccessTests)], MaxTest = 50)]
    public bool AuthorisedExport_ThenImport_IsTheIdentity(DirectoryDocument document)
    {
        var json = DirectoryJson.Serialize(new CooperationDirectory(document).Export(Reader.Authorised("reviewer")));
        return json == DirectoryJson.Serialize(DirectoryJson.Parse(json));
    }

    private static class Generated
    {
        private static readonly StateCode[] States = [.. StateCode.All.Take(12)];
        private static readonly Provenance Source = new("generated", new LocalDate(2026, 1, 1));

        // Unique-looking tokens so that a leak is found by a plain substring search.
        private static readonly Gen<string> Secret = Gen.Choose(100000, 999999).Select(n => $"secret-{n}");

        private static readonly Gen<ContactPerson> Person =
            from name in Secret
            from line in Secret
            from mail in Secret
            select new ContactPerson($"Person {name}", "Officer", $"+000 {line}", $"{mail}@example.org");

        private static readonly Gen<Authority> AuthorityGen =
            from index in Gen.Choose(0, 1_000_000)
            from state in Gen.Elements(States)
            from people in Gen.ListOf(Person)
            from interpol in Gen.Elements<bool?>(true, false, null)
            select new Authority(
                $"A-{index}", state, $"Authority {index} of {state.Alpha3}", [ArticleCitation.Parse("UNTOC art. 18(13)")], Source,
                email: $"office-{index}@example.org", contactPersons: [.. people], acceptsInterpol: interpol);

        public static readonly Gen<DirectoryDocument> Documents =
            from authorities in Gen.ListOf(AuthorityGen)
            from restricted in Gen.SubListOf(States)
            select new DirectoryDocument(
                authorities: [.. authorities.DistinctBy(a => a.Id)],
                visibility: [.. restricted.Select(s => new StateVisibility(s, Visibility.Restricted))]);
    }
}
