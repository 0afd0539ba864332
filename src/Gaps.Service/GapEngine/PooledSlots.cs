using System.Buffers;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// A cleared array of <c>areas × 672</c> from the shared pool. A big city's per-slot arrays are
/// large-object-heap sized (120 areas ≈ 0.6 MiB each); allocating them per category and change
/// would drive full garbage collections, so they are rented and given back.
/// </summary>
internal readonly struct PooledSlots<T> : IDisposable
{
    public PooledSlots(int areas)
    {
        Length = areas * WeekSlots.Count;
        Array = ArrayPool<T>.Shared.Rent(Length);
        Array.AsSpan(0, Length).Clear();
    }

    /// <summary>At least <see cref="Length"/> long; index it as <c>area × 672 + slot</c>.</summary>
    public T[] Array { get; }

    public int Length { get; }

    public Span<T> Row(int area) => Array.AsSpan(area * WeekSlots.Count, WeekSlots.Count);

    public void Dispose() => ArrayPool<T>.Shared.Return(Array);
}
