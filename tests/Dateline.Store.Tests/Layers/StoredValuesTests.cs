using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Store.Layers;

namespace Dateline.Store.Tests.Layers;

/// <summary>
/// A layer row's stored fields written in place (the batch writer's row array, after the article and position) are the
/// fields <see cref="StoredValues.ToFields(StoredTable, object?[], IReadOnlyDictionary{string, long})"/> returns, in
/// the same places, and nothing before the offset is touched.
/// </summary>
public sealed class StoredValuesTests
{
    private static readonly StoredTable Table = new(
        "sample",
        StoredColumn.OwnSpan,
        StoredColumn.EntityRef("who"),
        StoredColumn.Text("kind"),
        StoredColumn.Integer("count"),
        StoredColumn.Real("score"),
        StoredColumn.TextList("tags"),
        StoredColumn.SpanList("parts"),
        StoredColumn.Span("cue"));

    private static readonly Dictionary<string, long> Keys = new(StringComparer.Ordinal) { ["e1"] = 42 };

    [Theory]
    [MemberData(nameof(Rows))]
    public void FieldsWrittenInPlaceAreTheFieldsReturned(object?[] row)
    {
        var returned = StoredValues.ToFields(Table, row, Keys);
        Assert.Equal(11, returned.Length);
        var into = new object?[2 + returned.Length];
        into[0] = "article";
        into[1] = "position";
        StoredValues.ToFields(Table, row, Keys, into, 2);
        Assert.Equal(["article", "position", .. returned], into);
    }

    public static TheoryData<object?[]> Rows() => new()
    {
        new object?[] { new TextSpan(3, 9), "e1", "said", 4, 0.25, new[] { "a", "b" }, new[] { new TextSpan(1, 2) }, new TextSpan(0, 1) },
        new object?[] { new TextSpan(0, 0), "unknown", null, null, null, Array.Empty<string>(), Array.Empty<TextSpan>(), null },
        new object?[] { null, null, "x", 7L, 1, null, null, new TextSpan(5, 6) },
    };
}
