using Npgsql;

namespace Dateline.Tests;

/// <summary>
/// The PostgreSQL server tests write to: DATELINE_TEST_POSTGRES (a postgres:// address of a role that may create
/// databases), else the one `.ci/run` starts, postgres://dateline:dateline@127.0.0.1:5432/postgres. Each test store
/// is a fresh database, dropped afterwards. When the server cannot be reached, tests fail and say how to start one:
/// CI always has it, so a silent skip would hide a broken setup. (Linked into the web and CLI test projects.)
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "DATELINE_TEST_POSTGRES";

    public static string Maintenance { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address
        ? address
        : "postgres://dateline:dateline@127.0.0.1:5432/postgres";

    /// <summary>The address of a new, empty database on the server of <paramref name="server"/> (default: <see cref="Maintenance"/>).</summary>
    public static string NewDatabase(string? server = null)
    {
        server ??= Maintenance;
        var name = "dateline_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = Connect(server))
        using (var command = admin.CreateCommand())
        {
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new UriBuilder(server) { Path = "/" + name, Query = string.Empty }.Uri.ToString();
    }

    /// <summary>
    /// Drops a database made by <see cref="NewDatabase"/>, closing its connections first. A drop the server refuses
    /// for a while (an autovacuum worker on it, which a role without pg_signal_backend cannot end) is tried again, then
    /// left: a leftover test database is harmless.
    /// </summary>
    public static void Drop(string address)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new Uri(address).AbsolutePath.Trim('/');
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var admin = Connect(new UriBuilder(address) { Path = "/postgres" }.Uri.ToString());
                using var command = admin.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 10)
                {
                    return;
                }

                Thread.Sleep(300);
            }
        }
    }

    private static NpgsqlConnection Connect(string address)
    {
        var uri = new Uri(address);
        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? db : "postgres",
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
            Pooling = false,
            Timeout = 5,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            connection.Dispose();
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {uri.Host}:{builder.Port} as {builder.Username} ({e.Message}). Tests of the PostgreSQL store need it: " +
                $"start one (`.ci/run` does: apt-get install postgresql, a role dateline/dateline with CREATEDB) or set {Variable}.", e);
        }
    }
}
