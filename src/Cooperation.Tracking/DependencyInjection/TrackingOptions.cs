using Cooperation.Directory.Access;
using Cooperation.Tracking.Deadlines;

namespace Cooperation.Tracking.DependencyInjection;

/// <summary>Options for <see cref="CooperationTrackingServiceCollectionExtensions.AddCooperationTracking(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{TrackingOptions})"/>.</summary>
public sealed class TrackingOptions
{
    /// <summary>Gets or sets who the deadline monitor reads the directory as; an authorised reader named <c>cooperation-tracking</c> by default, since a central authority sees restricted States' office hours.</summary>
    public Reader DirectoryReader { get; set; } = Reader.Authorised("cooperation-tracking");

    /// <summary>Gets or sets when the deadline monitor warns.</summary>
    public ReminderPolicy Reminders { get; set; } = ReminderPolicy.Default;
}
