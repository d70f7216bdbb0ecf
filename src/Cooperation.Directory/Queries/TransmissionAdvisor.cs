using Cooperation.Directory.Access;
using Cooperation.Directory.Authorities;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Directory.Queries;

/// <summary>The channel, recipient and language rules: UNTOC art. 18(13)-(14) and their analogues; State data for the rest.</summary>
internal static class TransmissionAdvisor
{
    public static TransmissionAdvice Advise(
        CooperationDirectory directory, StateCode? requesting, StateCode requested, RequestKind kind, bool urgent, Reader reader, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(reader);
        var profile = directory.Get(requested);
        var recipients = directory.Find(new AuthorityQuery(requested, Kind: kind), reader);
        return kind is RequestKind.MutualLegalAssistance or RequestKind.ConfiscationCooperation
            ? MutualLegalAssistance(requesting, requested, kind, urgent, instrument, profile, recipients)
            : Other(requesting, requested, kind, urgent, profile, recipients);
    }

    private static TransmissionAdvice MutualLegalAssistance(
        StateCode? requesting, StateCode requested, RequestKind kind, bool urgent, Instrument instrument, StateProfile profile, IReadOnlyList<Authority> recipients)
    {
        var (channelCitation, languageCitation) = instrument == Instrument.Uncac
            ? (ArticleCitation.Create(Instrument.Uncac, 46, 13), ArticleCitation.Create(Instrument.Uncac, 46, 14))
            : instrument == Instrument.DrugConvention1988
                ? (ArticleCitation.Create(Instrument.DrugConvention1988, 7, 8), ArticleCitation.Create(Instrument.DrugConvention1988, 7, 9))
                : (ArticleCitation.Create(Instrument.Untoc, 18, 13), ArticleCitation.Create(Instrument.Untoc, 18, 14));
        var notes = new List<string>();
        var alternatives = new List<Channel>();
        var ordered = recipients.OrderByDescending(a => a.Designations.Contains(channelCitation)).ToList();

        Channel? channel;
        if (profile.RequiresDiplomaticChannel?.Value == true)
        {
            channel = Channel.Diplomatic;
            notes.Add($"{requested.Name} requires requests through diplomatic channels ({channelCitation}; source: {profile.RequiresDiplomaticChannel.Source}, as of {profile.RequiresDiplomaticChannel.AsOf}).");
        }
        else if (ordered.Count > 0 || profile.CentralAuthorities.Count > 0)
        {
            channel = Channel.CentralAuthority;
            notes.Add($"Requests go to the designated central authority ({channelCitation}).");
            if (ordered.Count == 0)
            {
                notes.Add($"The directory has no contact record for it; notified as: {string.Join("; ", profile.CentralAuthorities.Select(c => $"{c.Value} (source: {c.Source}, as of {c.AsOf})"))}.");
            }

            if (profile.RequiresDiplomaticChannel is null)
            {
                notes.Add($"Whether {requested.Name} requires the diplomatic channel is unknown: check before sending.");
            }
        }
        else
        {
            channel = null;
            alternatives.Add(Channel.Diplomatic);
            notes.Add($"No central authority of {requested.Name} is known to the directory ({channelCitation} requires one to be notified at deposit): information needed; the diplomatic channel is the fallback.");
        }

        if (urgent)
        {
            var interpol = ordered.Select(a => a.AcceptsInterpol).FirstOrDefault(v => v is not null) ?? profile.AcceptsInterpolWhenUrgent?.Value;
            if (interpol == true)
            {
                alternatives.Add(Channel.Interpol);
                notes.Add($"Urgent: INTERPOL may be used where both States agree, if possible ({channelCitation}); {requested.Name} accepts it.");
            }
            else
            {
                notes.Add(interpol == false
                    ? $"Urgent: {requested.Name} does not accept requests through INTERPOL; use its urgent procedure."
                    : $"Urgent: whether {requested.Name} accepts requests through INTERPOL is unknown ({channelCitation}: only where the States agree).");
            }

            notes.Add($"Urgent: the request may be made orally where the States agree, but must be confirmed in writing forthwith ({languageCitation}).");
        }

        var languages = ordered.SelectMany(a => a.Languages).ToList();
        if (languages.Count == 0 && profile.MlaLanguages is { } notified)
        {
            languages.AddRange(notified.Accepted);
            notes.Add($"Languages as notified: {notified.Statement} (source: {notified.Provenance.Source}, as of {notified.Provenance.AsOf}).");
        }

        if (languages.Count == 0)
        {
            notes.Add($"The languages acceptable to {requested.Name} are unknown ({languageCitation}): information needed.");
        }

        return new TransmissionAdvice(
            requesting, requested, kind, urgent, channel, alternatives, [.. ordered.Select(a => a.Id)], languages.Distinct().ToList(),
            [channelCitation, languageCitation], notes);
    }

    private static TransmissionAdvice Other(
        StateCode? requesting, StateCode requested, RequestKind kind, bool urgent, StateProfile profile, IReadOnlyList<Authority> recipients)
    {
        var notes = new List<string>();
        var citations = new List<ArticleCitation>();
        switch (kind)
        {
            case RequestKind.Extradition:
                citations.Add(ArticleCitation.Create(Instrument.Untoc, 16, 7));
                notes.Add("UNTOC art. 16 sets no channel or language for extradition requests: they follow the applicable treaty and the requested State's law (art. 16(7)).");
                if (urgent)
                {
                    citations.Add(ArticleCitation.Create(Instrument.Untoc, 16, 9));
                    notes.Add("Urgent: provisional arrest may be requested (art. 16(9)), subject to the requested State's law and treaties.");
                }

                break;
            case RequestKind.TransferOfSentencedPersons:
                citations.Add(ArticleCitation.Create(Instrument.Untoc, 17));
                notes.Add("UNTOC art. 17 only invites agreements: a transfer needs a separate agreement, arrangement or domestic-law basis.");
                break;
            default:
                citations.Add(ArticleCitation.Create(Instrument.Untoc, 21));
                notes.Add("UNTOC art. 21 asks States to consider transferring proceedings; it sets no channel.");
                break;
        }

        var channel = recipients.SelectMany(a => a.Channels).Cast<Channel?>().FirstOrDefault();
        var alternatives = recipients.SelectMany(a => a.Channels).Distinct().Where(c => c != channel).ToList();
        if (channel is null)
        {
            notes.Add($"The directory records no channel for this request to {requested.Name}: check the applicable treaty.");
        }

        if (urgent && recipients.Any(a => a.AcceptsInterpol == true) && !alternatives.Contains(Channel.Interpol) && channel != Channel.Interpol)
        {
            alternatives.Add(Channel.Interpol);
        }

        var languages = recipients.SelectMany(a => a.Languages).Distinct().ToList();
        if (languages.Count == 0 && profile.MlaLanguages is { } notified && kind != RequestKind.Extradition)
        {
            languages.AddRange(notified.Accepted);
        }

        return new TransmissionAdvice(requesting, requested, kind, urgent, channel, alternatives, [.. recipients.Select(a => a.Id)], languages, citations, notes);
    }
}
