using System.Text.Json;

namespace Dateline.Training.Events;

/// <summary>An event of the dev set's gold files (eval/events/gold): type, trigger and actors as written.</summary>
public sealed record GoldEvent(string Type, string? Trigger, string? Source, string? Target)
{
    /// <summary>The gold files' events by sentence id (JSON Lines: id, events with type, trigger, source, target; blank lines skipped).</summary>
    public static Dictionary<string, IReadOnlyList<GoldEvent>> Read(IEnumerable<string> files)
    {
        var gold = new Dictionary<string, IReadOnlyList<GoldEvent>>(StringComparer.Ordinal);
        foreach (var line in files.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0))
        {
            var root = JsonDocument.Parse(line).RootElement;
            gold[root.GetProperty("id").GetString()!] = [.. root.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
                e.GetProperty("type").GetString()!, Text(e, "trigger"), Text(e, "source"), Text(e, "target")))];
        }

        return gold;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
