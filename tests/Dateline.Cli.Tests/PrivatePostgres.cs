using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Dateline.Cli.Tests;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, trust authentication, loopback on a free
/// port), so that a test can restart it mid-run without disturbing the shared test server other tests use. Needs
/// Debian's postgresql package (its initdb and pg_ctl); as root the server runs as the postgres user, as PostgreSQL
/// requires. Fails with a clear message when the package is missing: CI installs it.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly bool _asPostgresUser = Environment.UserName == "root";

    public PrivatePostgres()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
              ?? throw Missing()
            : throw Missing();
        _data = Path.Combine(Path.GetTempPath(), "dateline-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(_data);
        if (_asPostgresUser)
        {
            Run("chown", "postgres", _data);
        }

        Port = FreePort();
        Run(Tool("initdb"), "-D", Path.Combine(_data, "db"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        PgCtl("start");
    }

    public int Port { get; }

    /// <summary>The address of a database on this server (created by the store when first opened).</summary>
    public string Address(string database) => $"postgres://postgres@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{database}";

    /// <summary>Stops the server at once (connections cut, as a crash or failover does) and starts it again after <paramref name="down"/>.</summary>
    public void Restart(TimeSpan down)
    {
        PgCtl("stop", "-m", "immediate");
        Thread.Sleep(down);
        PgCtl("start");
    }

    public void Dispose()
    {
        try
        {
            PgCtl("stop", "-m", "immediate");
        }
        catch (InvalidOperationException)
        {
            // Not running.
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private void PgCtl(string action, params string[] more)
        => Run(Tool("pg_ctl"), ["-D", Path.Combine(_data, "db"), "-w", "-l", Path.Combine(_data, "log"), action, .. more,
            .. action == "start" ? (string[])["-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -k {_data} -c fsync=off"] : []]);

    private string Tool(string name) => Path.Combine(_bin, name);

    private void Run(string program, params string[] args)
    {
        var asUser = _asPostgresUser && program != "chown";
        var start = new ProcessStartInfo(asUser ? "runuser" : program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in asUser ? ["-u", "postgres", "--", program, .. args] : args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static InvalidOperationException Missing()
        => new("PostgreSQL's server programs are not installed (apt-get install postgresql): the fleet fault tests run a server of their own");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
