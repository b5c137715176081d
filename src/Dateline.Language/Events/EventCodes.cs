namespace Dateline.Language.Events;

/// <summary>The codes of <see cref="EventType"/> and <see cref="EventMode"/> in the output contract and the lexicon files.</summary>
public static class EventCodes
{
    /// <summary>PLOVER's spelling: upper case ("ASSAULT").</summary>
    public static string Code(this EventType type) => type.ToString().ToUpperInvariant();

    public static string Code(this EventMode mode) => mode.ToString().ToLowerInvariant();

    public static EventType ParseType(string code)
        => Enum.TryParse<EventType>(code, ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(code, out _)
            ? t
            : throw new FormatException($"'{code}' is not a PLOVER event type ({string.Join(", ", Enum.GetValues<EventType>().Select(Code))})");

    public static EventMode ParseMode(string code)
        => Enum.TryParse<EventMode>(code, ignoreCase: true, out var m) && Enum.IsDefined(m) && !int.TryParse(code, out _)
            ? m
            : throw new FormatException($"'{code}' is not an event mode (asserted, negated, hypothetical)");
}
