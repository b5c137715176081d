using System.Text.Json;

namespace Dateline.Cli.Tests;

/// <summary>
/// The CLI's runtimeconfig (Dateline.Cli.csproj) carries the GC settings that keep `ingest`'s peak memory down: the
/// gen0 budget capped at 8 MiB and gen2 compacted when fragmented (bench/README.md, "Ingest's peak memory").
/// </summary>
public sealed class RuntimeConfigTests
{
    [Theory]
    [InlineData("System.GC.Gen0MaxBudget", 8_388_608)]
    [InlineData("System.GC.ConserveMemory", 7)]
    [InlineData("System.GC.Server", 0)]
    public void TheCliRunsWithTheGcSettingsThatBoundIngestMemory(string name, long expected)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dateline.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var value = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(name);
        var actual = value.ValueKind switch
        {
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            JsonValueKind.String => long.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.GetInt64(),
        };
        Assert.Equal(expected, actual);
    }
}
