using Dateline.Store.Sqlite;

namespace Dateline.Store.Tests;

/// <summary>A store in a fresh temporary directory, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dateline-store-").FullName;
        Path = System.IO.Path.Combine(Directory, "test.db");
        Store = SqliteArticleStore.Open(Path);
    }

    public string Directory { get; }

    public string Path { get; }

    public SqliteArticleStore Store { get; private set; }

    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteArticleStore.Open(Path);
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
