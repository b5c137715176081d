using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;

namespace Dateline.Language.Tests;

/// <summary>
/// Runs a spec case through the real pipeline for given texts (paragraphs, tokens, sentences, quotes, times,
/// amounts, relations), with the case's "entity:" lines standing in for the recognizer and resolver
/// ("entity: E1 | PERSON | Najla Mangoush | Mangoush; The Libyan foreign minister; she").
/// </summary>
public static class SpecRun
{
    public static Document Run(SpecCase c)
    {
        var entities = c.All("entity").Select(line =>
        {
            var p = SpecFile.Parts(line);
            return new GivenEntity(p[0], EntityLabels.Parse(p[1]), p[2], p[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }).ToList();
        var result = GivenEntities.Pipeline(entities).Process(Document.FromText(c.Title, c.Text, new ArticleMetadata { Published = c.Dct }));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document!;
    }

    /// <summary>"\n" in an expected text stands for a line break.</summary>
    public static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// A spec lists everything the layer should make ("expect:") and what it makes today although it is wrong
    /// ("wrong:", a known error to mend): the layer must make exactly those, nothing more and nothing less.
    /// </summary>
    public static void AssertExactly(SpecCase c, IEnumerable<string> produced, Func<string[], string> expected)
    {
        var listed = c.All("expect").Concat(c.All("wrong")).Select(l => expected(SpecFile.Parts(l))).Order(StringComparer.Ordinal).ToList();
        var made = produced.Order(StringComparer.Ordinal).ToList();
        var missing = listed.Except(made).ToList();
        var extra = made.Except(listed).ToList();
        Assert.True(
            listed.SequenceEqual(made),
            $"{c}:\n  listed but not made: {string.Join(" ; ", missing)}\n  made but not listed: {string.Join(" ; ", extra)}");
    }
}
