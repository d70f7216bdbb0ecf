using Cooperation.Law;
using NRules.Fluent.Dsl;

namespace Cooperation.Rules.Citations;

/// <summary>
/// Names the provision a rule encodes, in canonical citation form, for example
/// <c>[Cites("UNTOC art. 16(5)(a)")]</c>.
/// </summary>
/// <remarks>
/// <para>
/// The citation is stated once, as data, on the rule class; every finding the rule produces carries it. Attribute
/// arguments must be compile-time constants, so the text is parsed when <see cref="Citation"/> is read; a test walks
/// every rule class and fails the build if a citation does not parse or names a provision missing from the
/// <see cref="ArticleCatalogue"/>.
/// </para>
/// <para>It is also an NRules tag, so rule sets can be filtered by citation when they are loaded.</para>
/// <para>A rule that encodes several paragraphs (for example an "or" of UNTOC art. 16(1) limbs) carries one attribute per paragraph.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CitesAttribute : TagAttribute
{
    /// <summary>Initializes a new instance of the <see cref="CitesAttribute"/> class.</summary>
    /// <param name="citation">The provision in canonical form, for example <c>UNTOC art. 18(9)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    public CitesAttribute(string citation)
        : base(TagPrefix + (citation ?? throw new ArgumentNullException(nameof(citation))))
    {
        Text = citation;
    }

    /// <summary>The prefix of the NRules tag that carries the citation (<c>cite:UNTOC art. 18(9)</c>), so that a firing rule can read its citation.</summary>
    public const string TagPrefix = "cite:";

    /// <summary>Gets the citation as written on the rule.</summary>
    public string Text { get; }

    /// <summary>Gets the parsed citation.</summary>
    /// <exception cref="FormatException">The text does not cite a provision in the catalogue; the message names it.</exception>
    public ArticleCitation Citation => ArticleCitation.Parse(Text);

    /// <summary>Gets every citation a type carries, in declaration order.</summary>
    /// <param name="type">The rule type.</param>
    /// <returns>The citations; empty if the type carries none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="FormatException">A citation on the type does not parse.</exception>
    public static IReadOnlyList<ArticleCitation> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.GetCustomAttributes(typeof(CitesAttribute), inherit: false).Cast<CitesAttribute>().Select(a => a.Citation)];
    }
}
