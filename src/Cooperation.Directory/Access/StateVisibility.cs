using Cooperation.States;

namespace Cooperation.Directory.Access;

/// <summary>A State's choice of who may read its authority records.</summary>
/// <param name="State">The State.</param>
/// <param name="Records">Its choice.</param>
public sealed record StateVisibility(StateCode State, Visibility Records);
