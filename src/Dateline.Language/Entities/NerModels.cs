namespace Dateline.Language.Entities;

/// <summary>
/// The shipped model (a single model or an ensemble file), embedded in the assembly (Models/ner.bin), loaded once on
/// first use.
/// </summary>
public static class NerModels
{
    public const string ShippedResource = "ner.bin";

    private static readonly Lazy<NerEnsemble> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The models trained on GMB and GUM Wikinews (openly licensed data).</summary>
    public static NerEnsemble Default => Shipped.Value;

    private static NerEnsemble LoadShipped()
    {
        using var stream = ResourceText.OpenModel(ShippedResource)
            ?? throw new InvalidOperationException("the shipped NER model (Models/ner.bin) is not embedded in Dateline.Language");
        return NerEnsemble.Load(stream);
    }
}
