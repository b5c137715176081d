using Dateline.Core.Layers;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sql;

/// <summary>
/// The narrow index of the entities' table by (article, entity) that the search facets read by name
/// (<see cref="LayerSchema.EntitiesByArticle"/>): made with the table, made on the next open of a store that lacks it,
/// and made when the table is there though the store is opened without the entities layer.
/// </summary>
public sealed class LayerSchemaTests
{
    private static List<string> IndexColumns(string path, string index)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_index_info($index) ORDER BY seqno";
        command.Parameters.AddWithValue("$index", index);
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void WriteTwo(TempStore t) => t.Store.Write([
        Articles.Record(Articles.Make("a", "a", "Angela Merkel visited the harbour in Moscow.", "2022-03-14", "Wire")),
        Articles.Record(Articles.Make("b", "b", "Angela Merkel said the harbour would open.", "2022-03-15", "Wire")),
    ]);

    [Fact]
    public void ANewStoreHasTheEntitiesIndexByArticleAndEntity()
    {
        using var t = new TempStore();
        Assert.Equal(["article", "entity"], IndexColumns(t.Path, LayerSchema.EntitiesByArticle.Name));
    }

    [Fact]
    public void AStoreWithoutTheIndexGetsItOnItsNextOpenAndItsFacetsCount()
    {
        using var t = new TempStore();
        WriteTwo(t);
        Execute(t.Path, $"DROP INDEX {LayerSchema.EntitiesByArticle.Name}");
        Assert.Empty(IndexColumns(t.Path, LayerSchema.EntitiesByArticle.Name));

        t.Reopen();
        Assert.Equal(["article", "entity"], IndexColumns(t.Path, LayerSchema.EntitiesByArticle.Name));
        var facets = t.Store.Queries().Facets(new SearchQuery("harbour"), 5);
        Assert.Equal(2, facets.Articles);
        Assert.Contains(facets.Entities, e => e.Name == "Angela Merkel" && e.Count == 2);
    }

    [Fact]
    public void TheIndexIsMadeWhenTheTableIsThereThoughTheLayerIsNotRegistered()
    {
        using var t = new TempStore();
        WriteTwo(t);
        Execute(t.Path, $"DROP INDEX {LayerSchema.EntitiesByArticle.Name}");

        using var store = StoreAddress.Open(t.Path, new LayerSet([]));
        Assert.Equal(["article", "entity"], IndexColumns(t.Path, LayerSchema.EntitiesByArticle.Name));
        Assert.Contains(store.Queries().Facets(new SearchQuery("harbour"), 5).Entities, e => e.Name == "Angela Merkel");
    }
}
