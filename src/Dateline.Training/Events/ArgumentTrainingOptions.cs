namespace Dateline.Training.Events;

/// <summary>Options of the event argument scorer's training (`dateline train events`).</summary>
public sealed record ArgumentTrainingOptions
{
    /// <summary>Passes over the training triggers; chosen by cross-validation on train (docs/events.md).</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; } = 18;

    /// <summary>How many perceptrons, each with its own shuffle (seeds <see cref="Seed"/> on), are averaged into the model; 1: one.</summary>
    public int Bag { get; init; } = 1;

    /// <summary>The margin a role must win by (<c>ArgumentModel.MinMargin</c>); chosen by cross-validation on train.</summary>
    public float MinMargin { get; init; }

    /// <summary>Averaged weights smaller than this are left out of the file.</summary>
    public float MinWeight { get; init; } = 1e-3f;
}
