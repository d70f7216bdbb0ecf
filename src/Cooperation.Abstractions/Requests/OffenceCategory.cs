using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Requests;

/// <summary>
/// The offences the instruments themselves establish. An offence outside these categories can still be covered,
/// as "serious crime" (UNTOC art. 2(b)), which depends on its penalty.
/// </summary>
/// <remarks><see cref="OffenceCategories"/> gives the provision that establishes each one.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<OffenceCategory>))]
public enum OffenceCategory
{
    /// <summary>Participation in an organized criminal group (UNTOC art. 5).</summary>
    ParticipationInOrganizedCriminalGroup = 1,

    /// <summary>Laundering of proceeds of crime (UNTOC art. 6; UNCAC art. 23; 1988 art. 3(1)(b)).</summary>
    MoneyLaundering = 2,

    /// <summary>Corruption (UNTOC art. 8; UNCAC arts. 15-22).</summary>
    Corruption = 3,

    /// <summary>Obstruction of justice (UNTOC art. 23; UNCAC art. 25).</summary>
    ObstructionOfJustice = 4,

    /// <summary>Trafficking in persons (TIP art. 5).</summary>
    TraffickingInPersons = 5,

    /// <summary>Smuggling of migrants (SOM art. 6).</summary>
    SmugglingOfMigrants = 6,

    /// <summary>Illicit manufacturing of and trafficking in firearms (FP art. 5).</summary>
    FirearmsTrafficking = 7,

    /// <summary>Illicit traffic in narcotic drugs and psychotropic substances (1988 art. 3(1)).</summary>
    DrugTrafficking = 8,
}
