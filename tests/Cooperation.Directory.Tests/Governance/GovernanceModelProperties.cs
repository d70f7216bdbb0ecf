using Cooperation.Directory.Governance;
using Cooperation.States;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Directory.Tests.Governance;

/// <summary>
/// Random sequences of proposals, approvals, rejections and the passing of time, checked against a model that is
/// too simple to be wrong: a list of what was published when.
/// </summary>
public class GovernanceModelProperties
{
    private static readonly string[] Records = ["SAMPLE-BRA-CA", "SAMPLE-NPL-CA", "SAMPLE-USA-OIA"];
    private static readonly Actor[] Editors = [.. Records.Select(r => Actor.Editor($"editor-of-{r}", authorities: [r])), Actor.Editor("editor-bra", states: [StateCode.Parse("BRA")])];
    private static readonly Actor[] Reviewers = [Actor.Reviewer("secretariat-1"), Actor.Reviewer("secretariat-2")];

    [Property(MaxTest = 60)]
    public bool AsOf_ReturnsExactlyWhatWasPublishedOnThatDate(NonEmptyArray<PositiveInt> steps)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var directory = new GovernedDirectory(new InMemoryDirectoryGovernanceStore(), clock, SampleData.Document);
        var published = new List<(Instant At, string Id, string Name)>();
        var checkpoints = new List<Instant> { clock.GetCurrentInstant() };

        foreach (var step in steps.Get.Select(s => s.Get))
        {
            var pending = directory.Proposals(Reviewers[0]).Where(p => p.Status == ProposalStatus.Pending).ToList();
            switch (step % 4)
            {
                case 0 or 1:
                    var record = Records[step / 4 % Records.Length];
                    var editor = Editors.Where(e => e.Authorities.Contains(record) || (record == "SAMPLE-BRA-CA" && e.States.Count > 0)).ElementAt(step / 12 % (record == "SAMPLE-BRA-CA" ? 2 : 1));
                    var current = directory.Current().Authorities.Single(a => a.Id == record);
                    directory.Propose(editor, current with { Name = $"{record} #{step}" }, "rename");
                    break;
                case 2 when pending.Count > 0:
                    var proposal = pending[step / 4 % pending.Count];
                    try
                    {
                        var version = directory.Approve(Reviewers[step / 8 % 2], proposal.Id);
                        published.Add((version.PublishedAt, proposal.AuthorityId, proposal.Record!.Name));
                    }
                    catch (ProposalConflictException)
                    {
                        // The model: a proposal written from an outdated version never publishes.
                    }

                    break;
                case 3 when pending.Count > 0:
                    directory.Reject(Reviewers[step / 8 % 2], pending[step / 4 % pending.Count].Id, "not this one");
                    break;
                default:
                    clock.Advance(Duration.FromHours(step % 48 + 1));
                    checkpoints.Add(clock.GetCurrentInstant());
                    break;
            }

            clock.Advance(Duration.FromMinutes(1));
        }

        checkpoints.Add(clock.GetCurrentInstant());
        return checkpoints.All(at =>
            Records.All(id =>
                directory.AsOf(at).Authorities.Single(a => a.Id == id).Name ==
                (published.LastOrDefault(p => p.Id == id && p.At <= at).Name ?? SampleData.Document.Authorities.Single(a => a.Id == id).Name)));
    }
}
