using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Directory.Access;

/// <summary>Who may read a State's authority records: the State's own choice.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Visibility>))]
public enum Visibility
{
    /// <summary>Anyone may read the records, without the personal data of staff.</summary>
    Public = 1,

    /// <summary>Only authorised readers may read the records.</summary>
    Restricted = 2,
}
