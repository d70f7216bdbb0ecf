using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Evaluation;

/// <summary>Grounds on which a requested State may invoke (or try to invoke) a refusal.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RefusalGround>))]
public enum RefusalGround
{
    /// <summary>The offence involves fiscal matters; never valid as the sole ground (UNTOC arts. 16(15), 18(22)).</summary>
    Fiscal = 1,

    /// <summary>Bank secrecy; never valid for mutual legal assistance (UNTOC art. 18(8)).</summary>
    BankSecrecy = 2,

    /// <summary>Prosecution or punishment on account of sex, race, religion, nationality, ethnic origin or political opinions (UNTOC art. 16(14)).</summary>
    Discrimination = 3,

    /// <summary>The person sought is a national of the requested State (UNTOC art. 16(10)).</summary>
    Nationality = 4,

    /// <summary>The conduct is not an offence in the requested State (UNTOC art. 18(9)).</summary>
    AbsenceOfDualCriminality = 5,

    /// <summary>The request does not conform to the article (UNTOC art. 18(21)(a)).</summary>
    NonConformingRequest = 6,

    /// <summary>Sovereignty, security, ordre public or other essential interests (UNTOC art. 18(21)(b)).</summary>
    EssentialInterests = 7,

    /// <summary>Domestic law would prohibit the action for a similar domestic offence (UNTOC art. 18(21)(c)).</summary>
    DomesticLawProhibition = 8,

    /// <summary>Contrary to the requested State's legal system relating to mutual legal assistance (UNTOC art. 18(21)(d)).</summary>
    ContraryToLegalSystem = 9,

    /// <summary>Execution would interfere with an ongoing investigation, prosecution or proceeding; a ground to postpone (UNTOC art. 18(25)).</summary>
    OngoingProceedings = 10,
}
