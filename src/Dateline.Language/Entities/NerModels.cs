namespace Dateline.Language.Entities;

/// <summary>The shipped model, embedded in the assembly (Models/ner.bin), loaded once on first use.</summary>
public static class NerModels
{
    public const string ShippedResource = "ner.bin";

    private static readonly Lazy<NerModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model trained on GMB and GUM Wikinews (openly licensed data).</summary>
    public static NerModel Default => Shipped.Value;

    private static NerModel LoadShipped()
    {
        using var stream = ResourceText.OpenModel(ShippedResource)
            ?? throw new InvalidOperationException("the shipped NER model (Models/ner.bin) is not embedded in Dateline.Language");
        return NerModel.Load(stream);
    }
}
