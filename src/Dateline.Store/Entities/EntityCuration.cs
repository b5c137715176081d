namespace Dateline.Store.Entities;

/// <summary>
/// One recorded curator decision: <see cref="Target"/> is the resolution key acted on; <see cref="Key"/> the key that
/// merged into it (merge); <see cref="Name"/> the name split out (split) or the name given (rename).
/// </summary>
public sealed record EntityCuration(long Id, EntityCurationAction Action, string? Key, string Target, string? Name, string CreatedAt)
{
    /// <summary>False once a later curation undid it (merging back a split name, splitting out a merged one); kept as history.</summary>
    public bool Active { get; init; } = true;
}
