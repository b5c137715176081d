namespace Dateline.Store.Queries;

/// <summary>One period of a timeline: yyyy-MM-dd (day, or the Monday of a week) or yyyy-MM (month).</summary>
public sealed record TimelineBucket(string Period, long Articles, long Mentions);
