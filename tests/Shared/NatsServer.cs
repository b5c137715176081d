using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dateline.Tests;

/// <summary>
/// A nats-server with JetStream of the test's own, on a free loopback port with its storage in a temporary folder;
/// killed and removed on dispose. The server is required, never skipped: CI installs it, and a silent skip would hide
/// a broken setup.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private readonly string _storage;
    private readonly bool _jetStream;
    private Process _process;

    private NatsServer(Process process, string storage, int port, bool jetStream)
    {
        _process = process;
        _storage = storage;
        _jetStream = jetStream;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>Starts a server; <paramref name="jetStream"/> false starts one without JetStream, as a misconfigured server would be.</summary>
    public static NatsServer Start(bool jetStream = true)
    {
        var storage = Directory.CreateTempSubdirectory("dateline-nats-").FullName;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var port = FreePort();
            var process = Launch(port, storage, jetStream);
            if (WaitForPort(port, process))
            {
                return new NatsServer(process, storage, port, jetStream);
            }

            // The port was taken between finding it and binding it: try another.
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }

        throw new InvalidOperationException($"nats-server ({Find()}) did not start listening");
    }

    /// <summary>Kills the server (as a crash would) and starts it again on the same port over the same storage.</summary>
    public void Restart(TimeSpan down)
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        Thread.Sleep(down);
        _process = Launch(Port, _storage, _jetStream);
        if (!WaitForPort(Port, _process))
        {
            throw new InvalidOperationException($"nats-server did not listen again on {Port}");
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_storage, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    private static Process Launch(int port, string storage, bool jetStream)
    {
        var binary = Find() ?? throw new InvalidOperationException("nats-server is not installed (apt-get install nats-server)");
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        string[] args = ["-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", storage];
        foreach (var arg in jetStream ? ["-js", .. args] : args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string? Find()
    {
        if (File.Exists("/usr/sbin/nats-server"))
        {
            return "/usr/sbin/nats-server";
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "nats-server"))
            .FirstOrDefault(File.Exists);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool WaitForPort(int port, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15) && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        return false;
    }
}
