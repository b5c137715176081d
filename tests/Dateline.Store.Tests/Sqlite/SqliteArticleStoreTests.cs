using Dateline.Store.Search;
using Dateline.Store.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>The store contract on SQLite, and what only the SQLite store does (FTS5's own syntax, the file).</summary>
public class SqliteArticleStoreTests : ArticleStoreContract
{
    protected override StoreKind Kind => StoreKind.Sqlite;

    [Theory]
    [InlineData("AND OR (")]
    [InlineData("\"unclosed")]
    [InlineData("nosuchcolumn:word")]
    public void RawSyntaxErrorsAreExplained(string query)
    {
        using var t = NewStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText))]);
        var e = Assert.Throws<SearchSyntaxException>(() => t.Store.Search(new SearchQuery(query) { Raw = true }));
        Assert.Contains("not valid search syntax", e.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("troops OR gas") { Raw = true }).Select(h => h.Id));
    }

    [Fact]
    public void NotADatabaseGivesAStoreException()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, new string('x', 5000));
        try
        {
            Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path, TempStore.Layers).Dispose());
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A store on a read-only mount could not be searched: opening it ran the migrations and set WAL mode, and WAL needs
    // its -shm file. Read-only it opens without writing beside the file, reads, and refuses writes.
    [Fact]
    public void AStoreOpenedReadOnlyIsSearchedAndNotWritten()
    {
        using var folder = new TempFolder("dateline-ro-");
        var path = folder.File("ro.db");
        using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
        {
            store.Write([Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText))]);
        }

        var before = File.ReadAllBytes(path);
        using (var store = SqliteArticleStore.OpenReadOnly(path, TempStore.Layers))
        {
            Assert.Equal(["a"], store.Search(new SearchQuery("troops")).Select(h => h.Id));
            Assert.Throws<StoreException>(() => store.Write([Articles.Record(Articles.Make("b", "Another", PutinText))]));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    // On a real read-only mount (made here where the tests may mount, as root in a container; elsewhere the test has
    // nothing to check): the reading open falls back to read-only (SQLite error 14 before), and a store whose -wal file
    // holds writes not yet in the file is refused by name rather than read without them.
    [Fact]
    public void AStoreOnAReadOnlyMountIsOpenedForReadingOrRefusedByName()
    {
        using var folder = new TempFolder("dateline-rom-");
        var path = folder.File("data/ro.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
        {
            store.Write([Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText))]);
        }

        // Every connection closed: SQLite removes the -wal and -shm files, as a store copied or closed for good has none.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(path + "-shm"));
        var mount = folder.File("mount");
        Directory.CreateDirectory(mount);
        if (!Run("mount", "--bind", Path.GetDirectoryName(path)!, mount))
        {
            return;
        }

        try
        {
            if (!Run("mount", "-o", "remount,bind,ro", mount))
            {
                return;
            }

            var mounted = Path.Combine(mount, "ro.db");
            Assert.Throws<StoreException>(() => SqliteArticleStore.Open(mounted, TempStore.Layers).Dispose());
            using (var store = SqliteArticleStore.OpenForReading(mounted, TempStore.Layers))
            {
                Assert.Equal(["a"], store.Search(new SearchQuery("troops")).Select(h => h.Id));
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.WriteAllBytes(path + "-wal", new byte[4096]);
            var e = Assert.Throws<StoreException>(() => SqliteArticleStore.OpenForReading(mounted, TempStore.Layers).Dispose());
            Assert.Contains("write-ahead log", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Run("umount", mount);
        }
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, args) { UseShellExecute = false, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
