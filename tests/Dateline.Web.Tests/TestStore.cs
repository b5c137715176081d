using Dateline.Tests;

namespace Dateline.Web.Tests;

/// <summary>
/// A fresh, empty store for one test, of the kind <c>DATELINE_TEST_STORE</c> names: unset or <c>sqlite</c>, a SQLite
/// file in the test's temp folder; a <c>postgres://user:pass@host:port/[maintenance-db]</c> address, a new database
/// made on that server (<see cref="PostgresTestServer"/>) and dropped on dispose. A PostgreSQL server that cannot be
/// reached fails the test with the address; it never falls back to SQLite.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>The environment variable that selects the store the web tests run against.</summary>
    public const string EnvironmentVariable = "DATELINE_TEST_STORE";

    private TestStore(string address, bool isPostgres)
    {
        Address = address;
        IsPostgres = isPostgres;
    }

    /// <summary>The store address to give <see cref="Dateline.Store.StoreAddress.Open"/> or <see cref="WebOptions"/>.</summary>
    public string Address { get; }

    public bool IsPostgres { get; }

    /// <summary>Makes a fresh store; a SQLite one is the file <c>test.db</c> in <paramref name="tempDirectory"/>.</summary>
    public static TestStore Create(string tempDirectory)
    {
        var selected = Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim();
        if (string.IsNullOrEmpty(selected) || selected.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new TestStore(Path.Combine(tempDirectory, "test.db"), isPostgres: false);
        }

        if (!Dateline.Store.StoreAddress.IsPostgres(selected))
        {
            throw new InvalidOperationException($"{EnvironmentVariable}={Dateline.Store.StoreAddress.Describe(selected)}: expected 'sqlite' or a postgres://user:pass@host:port/ address");
        }

        return new TestStore(PostgresTestServer.NewDatabase(selected), isPostgres: true);
    }

    public void Dispose()
    {
        if (IsPostgres)
        {
            PostgresTestServer.Drop(Address);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
