using System.Numerics;

namespace Dateline.Core.Text;

/// <summary>
/// A set of ASCII characters as 128 bits (bit = code), in two <see cref="ulong"/> halves. Used instead of
/// <see cref="UInt128"/>, whose code ReadyToRun does not precompile (its layout is platform-specific), so reading
/// patterns at start-up (<see cref="PatternOpenings"/>, <see cref="RuleScanner"/>) runs precompiled code instead of
/// JIT-compiling it.
/// </summary>
/// <param name="Low">Codes 0-63.</param>
/// <param name="High">Codes 64-127.</param>
public readonly record struct AsciiSet(ulong Low, ulong High)
{
    /// <summary>No character.</summary>
    public static AsciiSet Empty => default;

    /// <summary>Every ASCII character.</summary>
    public static AsciiSet All => new(ulong.MaxValue, ulong.MaxValue);

    /// <summary>Whether no character is in the set.</summary>
    public bool IsEmpty => (Low | High) == 0;

    /// <summary>The set of one character (empty when <paramref name="c"/> is not ASCII).</summary>
    public static AsciiSet Of(char c)
        => c < 64 ? new(1UL << c, 0) : c < 128 ? new(0, 1UL << (c - 64)) : default;

    /// <summary>Whether <paramref name="c"/> is in the set (never for a character outside ASCII).</summary>
    public bool Contains(char c)
        => c < 64 ? ((Low >> c) & 1) != 0 : c < 128 && ((High >> (c - 64)) & 1) != 0;

    /// <summary>The lowest code in the set, or -1 when it is empty (to walk a set: take it, then <see cref="Without"/> it).</summary>
    public int Lowest => Low != 0 ? BitOperations.TrailingZeroCount(Low) : High != 0 ? 64 + BitOperations.TrailingZeroCount(High) : -1;

    /// <summary>The set less code <paramref name="c"/>.</summary>
    public AsciiSet Without(int c) => c < 64 ? new(Low & ~(1UL << c), High) : new(Low, High & ~(1UL << (c - 64)));

    public static AsciiSet operator |(AsciiSet a, AsciiSet b) => new(a.Low | b.Low, a.High | b.High);

    public static AsciiSet operator &(AsciiSet a, AsciiSet b) => new(a.Low & b.Low, a.High & b.High);

    public static AsciiSet operator ~(AsciiSet a) => new(~a.Low, ~a.High);

    /// <summary>The same as <c>|</c> (named alternate of the operator).</summary>
    public static AsciiSet BitwiseOr(AsciiSet a, AsciiSet b) => a | b;

    /// <summary>The same as <c>&amp;</c> (named alternate of the operator).</summary>
    public static AsciiSet BitwiseAnd(AsciiSet a, AsciiSet b) => a & b;

    /// <summary>The same as <c>~</c> (named alternate of the operator).</summary>
    public static AsciiSet OnesComplement(AsciiSet a) => ~a;
}
