using Cooperation.Directory.Authorities;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Directory.Queries;

/// <summary>Where, how and in which language to send a request to a State, with the provisions the advice rests on.</summary>
/// <param name="RequestingState">The State sending the request, if given (the channel and language rules do not depend on it).</param>
/// <param name="RequestedState">The State receiving it.</param>
/// <param name="Kind">The request kind.</param>
/// <param name="Urgent">Whether the request is urgent.</param>
/// <param name="Channel">The channel to use; <see langword="null"/> when the directory cannot say (see <paramref name="Notes"/>).</param>
/// <param name="AlternativeChannels">Other channels open for this request (for example INTERPOL when urgent and agreed).</param>
/// <param name="Recipients">The identifiers of the authorities to address, best first.</param>
/// <param name="Languages">Acceptable languages, in order of preference; empty if unknown.</param>
/// <param name="Citations">The provisions the advice applies.</param>
/// <param name="Notes">Explanations in English, including what is unknown and what to check.</param>
public sealed record TransmissionAdvice(
    StateCode? RequestingState,
    StateCode RequestedState,
    RequestKind Kind,
    bool Urgent,
    Channel? Channel,
    IReadOnlyList<Channel> AlternativeChannels,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<LanguageAcceptance> Languages,
    IReadOnlyList<ArticleCitation> Citations,
    IReadOnlyList<string> Notes);
