namespace Cooperation.Tracking.Compliance;

/// <summary>The instrument families whose consultation duties differ.</summary>
internal enum ConventionFamily
{
    None,
    Untoc,
    Uncac,
    Drugs1988,
}
