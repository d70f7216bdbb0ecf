using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Evaluation;

/// <summary>The kinds of legal basis on which a request can be made.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<LegalBasisKind>))]
public enum LegalBasisKind
{
    /// <summary>A bilateral or multilateral treaty in force between the two States (for extradition, with the offence deemed included by UNTOC art. 16(3)).</summary>
    Treaty = 1,

    /// <summary>The instrument itself (for example UNTOC art. 16(4)-(5) for extradition, or art. 18 for mutual legal assistance).</summary>
    Convention = 2,

    /// <summary>The requested State's domestic law, for a State that does not make cooperation conditional on a treaty (UNTOC art. 16(6)).</summary>
    DomesticLaw = 3,
}
