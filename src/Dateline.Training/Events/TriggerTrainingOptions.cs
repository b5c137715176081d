namespace Dateline.Training.Events;

/// <summary>Options of the event trigger detector's training (`dateline train events --triggers`).</summary>
public sealed record TriggerTrainingOptions
{
    /// <summary>Passes over the training words; chosen by cross-validation on train (docs/events.md).</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; } = 18;

    /// <summary>The margin a type must win by at a word the rules left alone (<c>TriggerModel.AddMargin</c>); chosen by cross-validation on train.</summary>
    public float AddMargin { get; init; } = float.PositiveInfinity;

    /// <summary>The margin "no event" must win by to drop a rule trigger (<c>TriggerModel.VetoMargin</c>); chosen by cross-validation on train.</summary>
    public float VetoMargin { get; init; } = float.PositiveInfinity;

    /// <summary>Whether the detector adds triggers only at words the lexicons do not list (<c>TriggerModel.UnlistedOnly</c>).</summary>
    public bool UnlistedOnly { get; init; }

    /// <summary>
    /// The argument scorer file (either format) the layer runs with while the detector is trained and judged (null: the
    /// shipped Models/event-arguments.bin), so a detector and a scorer trained on the same batches can be judged together.
    /// </summary>
    public string? ArgumentModelPath { get; init; }

    /// <summary>Averaged weights smaller than this are left out of the file.</summary>
    public float MinWeight { get; init; } = 1e-2f;
}
