using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Drafts;

/// <summary>How a witness or expert is to be heard.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HearingForm>))]
public enum HearingForm
{
    /// <summary>In person before the requested State's authorities.</summary>
    InPerson = 1,

    /// <summary>By video conference (UNTOC art. 18(18)): where it is not possible or desirable for the person to appear in the requesting State.</summary>
    VideoConference = 2,

    /// <summary>In writing, answering the questions attached.</summary>
    Written = 3,
}
