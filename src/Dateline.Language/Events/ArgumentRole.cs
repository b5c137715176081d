namespace Dateline.Language.Events;

/// <summary>What a candidate actor is to an event's trigger, as the argument scorer classes it (its class numbers are the model file's columns).</summary>
internal enum ArgumentRole
{
    None = 0,
    Source = 1,
    Target = 2,
}
