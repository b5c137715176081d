using static Dateline.Language.Events.ArgumentFeatures;

namespace Dateline.Language.Events;

/// <summary>
/// What <see cref="ArgumentFeatures"/> found for one candidate (or for no argument): a code per slot of the features
/// (side, gap, rule …) and the two words (preposition, head). Every feature is a <see cref="Template"/> over these,
/// so the scorer looks features up by codes, not by text (bench/README.md, "The argument scorer by codes"); the text
/// of each is <see cref="ArgumentFeatures.Texts"/>. Reused from candidate to candidate.
/// </summary>
internal sealed class ArgumentFeatureValues
{
    private readonly int[] _codes = new int[SlotNames.Length];

    /// <summary>Whether these are the features of no argument (<see cref="ArgumentFeatures.NoneTemplates"/>).</summary>
    public bool None { get; private set; }

    /// <summary>The preposition before the candidate, or "-".</summary>
    public string Prep { get; set; } = "-";

    /// <summary>The candidate's last word, lower-cased.</summary>
    public string Head { get; set; } = "";

    public void Clear(bool none)
    {
        None = none;
        Array.Clear(_codes);
        Prep = "-";
        Head = "";
    }

    public void Set(Slot slot, int code) => _codes[(int)slot] = code;

    /// <summary>The code of a slot with a closed set of values.</summary>
    public int Code(Slot slot) => _codes[(int)slot];

    /// <summary>The text of a slot's value.</summary>
    public string Text(Slot slot) => slot switch
    {
        Slot.Prep => Prep,
        Slot.Head => Head,
        _ => SlotValues[(int)slot]![_codes[(int)slot]],
    };
}
