namespace Dateline.Store.Queries;

/// <summary>Bucket size of a timeline. Weeks start on Monday and are named by that date.</summary>
public enum TimelineInterval
{
    Day,
    Week,
    Month,
}
