using System.Text.Json.Serialization;
using Cooperation.Serialization.Converters;

namespace Cooperation.Drafting.Drafts;

/// <summary>The route of a confiscation-related request (UNTOC art. 13), which decides what it must contain (art. 13(3)).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConfiscationRoute>))]
public enum ConfiscationRoute
{
    /// <summary>Identify, trace and freeze or seize with a view to confiscation (art. 13(2); contents 13(3)(c)).</summary>
    FreezeOrSeize = 1,

    /// <summary>The requested State obtains its own confiscation order (art. 13(1)(a); contents 13(3)(a)).</summary>
    DomesticOrder = 2,

    /// <summary>The requested State enforces the requesting State's confiscation order (art. 13(1)(b); contents 13(3)(b)).</summary>
    ForeignOrder = 3,
}
