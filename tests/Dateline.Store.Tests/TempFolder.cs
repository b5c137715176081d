using Dateline.Tests;

namespace Dateline.Store.Tests;

/// <summary>
/// A temporary folder for a test's stores and files, deleted afterwards. SQLite's connection pools are cleared first,
/// since a pooled connection holds its file open.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Directory { get; }

    /// <summary>The path of a file named <paramref name="name"/> in the folder.</summary>
    public string File(string name) => Path.Combine(Directory, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            HostileFiles.Delete(Directory);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
