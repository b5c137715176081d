using System.Diagnostics;
using System.Text.Json;

namespace Dateline.Cli.Tests;

/// <summary>Runs the real CLI (dateline.dll, copied next to the tests) as a child process, as a user would.</summary>
internal static class CliRunner
{
    public static CliResult Run(string? stdin, params string[] args) => Run(stdin, TimeSpan.FromMinutes(10), args);

    /// <summary>Runs the CLI; a run that outlives <paramref name="limit"/> is killed and fails the test (a hang, not a speed check).</summary>
    public static CliResult Run(string? stdin, TimeSpan limit, params string[] args) => Run(stdin, limit, null, args);

    /// <summary>Runs the CLI in <paramref name="directory"/> (where it would write default files such as dateline.db).</summary>
    public static CliResult RunIn(string directory, TimeSpan limit, params string[] args) => Run(null, limit, directory, args);

    private static CliResult Run(string? stdin, TimeSpan limit, string? directory, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "dateline.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"dateline {string.Join(' ', args)} did not end within {limit.TotalMinutes:0.#} minutes (killed)");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public List<JsonElement> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
}
