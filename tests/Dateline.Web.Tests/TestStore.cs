using Npgsql;

namespace Dateline.Web.Tests;

/// <summary>
/// A fresh, empty store for one test, of the kind <c>DATELINE_TEST_STORE</c> names: unset or <c>sqlite</c>, a SQLite
/// file in the test's temp folder; a <c>postgres://user:pass@host:port/[maintenance-db]</c> base address, a new
/// database <c>dateline_test_&lt;random&gt;</c> created on that server and dropped on dispose. A PostgreSQL server
/// that cannot be reached fails the test with the address; it never falls back to SQLite.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>The environment variable that selects the store the web tests run against.</summary>
    public const string EnvironmentVariable = "DATELINE_TEST_STORE";

    private readonly string? _maintenance;
    private readonly string? _database;

    private TestStore(string address, string? maintenance, string? database)
    {
        Address = address;
        _maintenance = maintenance;
        _database = database;
    }

    /// <summary>The store address to give <see cref="Dateline.Store.StoreAddress.Open"/> or <see cref="WebOptions"/>.</summary>
    public string Address { get; }

    public bool IsPostgres => _database is not null;

    /// <summary>Makes a fresh store; a SQLite one is the file <c>test.db</c> in <paramref name="tempDirectory"/>.</summary>
    public static TestStore Create(string tempDirectory)
    {
        var selected = Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim();
        if (string.IsNullOrEmpty(selected) || selected.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new TestStore(Path.Combine(tempDirectory, "test.db"), null, null);
        }

        if (!Dateline.Store.StoreAddress.IsPostgres(selected))
        {
            throw new InvalidOperationException($"{EnvironmentVariable}={Dateline.Store.StoreAddress.Describe(selected)}: expected 'sqlite' or a postgres://user:pass@host:port/ address");
        }

        if (!Uri.TryCreate(selected, UriKind.Absolute, out var server) || string.IsNullOrEmpty(server.Host))
        {
            throw new InvalidOperationException($"{EnvironmentVariable}={Dateline.Store.StoreAddress.Describe(selected)}: not a postgres://user:pass@host:port/ address");
        }

        var maintenanceDb = server.AbsolutePath.Trim('/');
        var maintenance = new UriBuilder(server) { Path = "/" + (maintenanceDb.Length > 0 ? maintenanceDb : "postgres"), Query = string.Empty }.Uri;
        var database = "dateline_test_" + Guid.NewGuid().ToString("N")[..16];
        var maintenanceConnection = ConnectionString(maintenance);
        try
        {
            using var connection = new NpgsqlConnection(maintenanceConnection);
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            create.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariable}={Dateline.Store.StoreAddress.Describe(selected)}: cannot create a test database on that PostgreSQL server: {e.Message}", e);
        }

        var address = new UriBuilder(server) { Path = "/" + database, Query = string.Empty }.Uri.ToString();
        return new TestStore(address, maintenanceConnection, database);
    }

    public void Dispose()
    {
        if (_database is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_maintenance);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private static string ConnectionString(Uri maintenance)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = maintenance.Host,
            Port = maintenance.IsDefaultPort || maintenance.Port < 0 ? 5432 : maintenance.Port,
            Database = Uri.UnescapeDataString(maintenance.AbsolutePath.Trim('/')),
            Timeout = 5,
            Pooling = false,
        };
        var userInfo = maintenance.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        return builder.ConnectionString;
    }
}
