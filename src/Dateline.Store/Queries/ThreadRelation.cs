namespace Dateline.Store.Queries;

/// <summary>A relation stated in a thread's articles (who backs or opposes whom), with how many of them state it.</summary>
public sealed record ThreadRelation(string Type, long SubjectId, string SubjectName, long ObjectId, string ObjectName, long Articles);
