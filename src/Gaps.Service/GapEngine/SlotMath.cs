using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The engine's inner loops over runs of slots. Vector lanes add each element exactly as the
/// scalar loop would (one IEEE addition per element, in the same order across calls), so results
/// stay bit for bit the same as slot-by-slot code — only faster.
/// </summary>
internal static class SlotMath
{
    /// <summary><c>target[i] += value</c> for every element.</summary>
    public static void Add(Span<double> target, double value)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var add = new Vector<double>(value);
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(target);
            for (var v = 0; v < vectors.Length; v++) vectors[v] += add;
            i = vectors.Length * Vector<double>.Count;
        }
        for (; i < target.Length; i++) target[i] += value;
    }

    /// <summary><c>target[i] += source[i]</c> for every element.</summary>
    public static void Add(Span<double> target, ReadOnlySpan<double> source)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var targets = MemoryMarshal.Cast<double, Vector<double>>(target);
            var sources = MemoryMarshal.Cast<double, Vector<double>>(source);
            for (var v = 0; v < targets.Length; v++) targets[v] += sources[v];
            i = targets.Length * Vector<double>.Count;
        }
        for (; i < target.Length; i++) target[i] += source[i];
    }

    /// <summary>The ranges without an enumerator per need: inputs are arrays or lists almost always.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<SlotRange> Span(IReadOnlyList<SlotRange> ranges) => ranges switch
    {
        SlotRange[] array => array,
        List<SlotRange> list => CollectionsMarshal.AsSpan(list),
        _ => ranges.ToArray(),
    };

    /// <summary>
    /// <c>places[i] += free × need[i] ÷ total[i]</c> wherever <c>total[i] &gt; epsilon</c>: an offer's places
    /// shared by the demand within its reach. Elsewhere the lane adds +0, which leaves a sum of shares unchanged.
    /// </summary>
    public static void AddShare(Span<double> places, ReadOnlySpan<double> need, ReadOnlySpan<double> total, double free, double epsilon)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && places.Length >= Vector<double>.Count)
        {
            var targets = MemoryMarshal.Cast<double, Vector<double>>(places);
            var needs = MemoryMarshal.Cast<double, Vector<double>>(need);
            var totals = MemoryMarshal.Cast<double, Vector<double>>(total);
            var (freeLanes, epsilonLanes) = (new Vector<double>(free), new Vector<double>(epsilon));
            for (var v = 0; v < targets.Length; v++)
                targets[v] += Vector.ConditionalSelect(Vector.GreaterThan(totals[v], epsilonLanes), freeLanes * needs[v] / totals[v], Vector<double>.Zero);
            i = targets.Length * Vector<double>.Count;
        }
        for (; i < places.Length; i++)
            if (total[i] > epsilon) places[i] += free * need[i] / total[i];
    }
}
