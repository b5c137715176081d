using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dateline.Language.Entities;

/// <summary>
/// A read-only table of a model where it lies: in the mapped assembly (an embedded model), in the pinned array a file
/// was read into, or in a pinned array built by training. <see cref="Owner"/> keeps the array alive as long as the
/// table is held; the memory never moves, so the lookups read it through a plain reference.
/// </summary>
internal readonly unsafe struct ModelArray<T>
    where T : unmanaged
{
    private readonly T* _start;

    public ModelArray(T* start, int length, object? owner)
    {
        _start = start;
        Length = length;
        Owner = owner;
    }

    public int Length { get; }

    /// <summary>What holds the memory (null: the loaded assembly, which is never unloaded).</summary>
    public object? Owner { get; }

    /// <summary>The first element, for lookups that index it themselves (within <see cref="Length"/>).</summary>
    public ref T First => ref Unsafe.AsRef<T>(_start);

    public ReadOnlySpan<T> Span => new(_start, Length);

    /// <summary>
    /// Asks the CPU to start loading the cache line of element <paramref name="index"/> (a hint: it changes no result
    /// and never faults), so that a lookup a little later finds it there instead of waiting for memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(_start + index);
        }
    }

    /// <summary>A table over a new pinned array, filled by <paramref name="fill"/>.</summary>
    public static ModelArray<T> Build(int length, SpanAction<T> fill)
    {
        // One spare element so an empty table still has an element to point at.
        var array = GC.AllocateArray<T>(length + 1, pinned: true);
        fill(array.AsSpan(0, length));
        return new ModelArray<T>((T*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)), length, array);
    }

    public delegate void SpanAction<TValue>(Span<TValue> values);
}
