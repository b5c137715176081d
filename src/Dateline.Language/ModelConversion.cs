using Dateline.Language.Entities;
using Dateline.Language.Events;
using Dateline.Language.Resolution;
using Dateline.Language.Tagging;

namespace Dateline.Language;

/// <summary>
/// Rewrites a model file in the current format (`dateline train convert`): an entity model or ensemble, a geo
/// gazetteer, a part-of-speech model or the events layer's argument scorer, in any format Dateline wrote before (gzip, record
/// layouts, the argument scorer's text). The content is the same; only the layout
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

        if (ArgumentModel.IsModelFile(input))
        {
            var arguments = ArgumentModel.Load(input);
            arguments.Save(output);
            return $"event argument scorer, {arguments.FeatureCount} features, sha256 {arguments.Sha256()}";
        }

        if (Magic(input) is PosModel.Magic or PosModel.MagicRecords)
        {
            var tagger = PosModel.Load(input);
            tagger.Save(output);
            return $"part-of-speech model, {tagger.FeatureCount} features, sha256 {tagger.Sha256()}";
        }

        var model = NerEnsemble.Load(input);
        model.Save(output);
        return $"weights sha256 {model.WeightsHash()}";
    }

    private static uint Magic(string path)
        => ModelFile.Read(path, stream => ModelFile.Read(stream, (_, magic) => magic));

    private static bool IsGeoGazetteer(string path)
        => ModelFile.Read(path, stream => ModelFile.Read(stream, (_, magic) => GeoGazetteer.IsMagic(magic)));
}
