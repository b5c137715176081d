using Dateline.Language.Entities;
using Dateline.Language.Resolution;

namespace Dateline.Language;

/// <summary>
/// Rewrites a model file in the current format (`dateline train convert`): an entity model or ensemble, or a geo
/// gazetteer, in any format Dateline wrote before (gzip, record layouts). The content is the same; only the layout
/// changes, so the converted file loads without building tables.
/// </summary>
public static class ModelConversion
{
    /// <summary>Converts <paramref name="input"/> into <paramref name="output"/>; returns what it was and the weights hash of an entity model.</summary>
    public static string Convert(string input, string output)
    {
        if (IsGeoGazetteer(input))
        {
            var gazetteer = ModelFile.Read(input, GeoGazetteer.Load);
            gazetteer.Save(output);
            return $"geo gazetteer, {gazetteer.PlaceCount} place names";
        }

        var model = NerEnsemble.Load(input);
        model.Save(output);
        return $"weights sha256 {model.WeightsHash()}";
    }

    private static bool IsGeoGazetteer(string path)
        => ModelFile.Read(path, stream => ModelFile.Read(stream, (_, magic) => GeoGazetteer.IsMagic(magic)));
}
