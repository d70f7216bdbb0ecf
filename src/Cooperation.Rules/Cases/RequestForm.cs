using Cooperation.Languages;

namespace Cooperation.Rules.Cases;

/// <summary>How the request is (or will be) made, for the form and language checks of UNTOC art. 18(14).</summary>
/// <param name="Language">The language the request is written in.</param>
/// <param name="Translations">The languages of translations attached to it.</param>
/// <param name="Oral">Whether it is made orally (allowed only in urgent circumstances where the States agree, confirmed in writing forthwith).</param>
public sealed record RequestForm(LanguageTag? Language = null, IReadOnlyList<LanguageTag>? Translations = null, bool? Oral = null);
