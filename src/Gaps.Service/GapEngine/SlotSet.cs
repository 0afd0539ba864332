using System.Numerics;
using System.Text;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>A set of slots of the reference week (672 bits), compared by value.</summary>
public sealed class SlotSet : IEquatable<SlotSet>
{
    private const int Words = (WeekSlots.Count + 63) / 64;
    /// <summary>German weekday abbreviations, Monday first, as planners read them.</summary>
    public static readonly IReadOnlyList<string> DayNames = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
    private readonly ulong[] _bits = new ulong[Words];

    public void Add(int slot) => _bits[slot >> 6] |= 1UL << (slot & 63);

    public bool Contains(int slot) => (_bits[slot >> 6] & (1UL << (slot & 63))) != 0;

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _bits) count += BitOperations.PopCount(word);
            return count;
        }
    }

    public bool IsEmpty => _bits.AsSpan().IndexOfAnyExcept(0UL) < 0;

    /// <summary>Whether any slot of <paramref name="range"/> is in the set, a word of 64 slots at a time.</summary>
    public bool Overlaps(SlotRange range)
    {
        if (range.To <= range.From) return false;
        var last = range.To - 1;
        for (var w = range.From >> 6; w <= last >> 6; w++)
        {
            var mask = ulong.MaxValue;
            if (w == range.From >> 6) mask &= ulong.MaxValue << (range.From & 63);
            if (w == last >> 6) mask &= ulong.MaxValue >> (63 - (last & 63));
            if ((_bits[w] & mask) != 0) return true;
        }
        return false;
    }

    public static SlotSet Of(IEnumerable<SlotRange> ranges)
    {
        var set = new SlotSet();
        foreach (var range in ranges)
            for (var t = range.From; t < range.To; t++) set.Add(t);
        return set;
    }

    public IEnumerable<SlotRange> Ranges()
    {
        for (var t = 0; t < WeekSlots.Count; t++)
        {
            if (!Contains(t)) continue;
            var from = t;
            while (t < WeekSlots.Count && Contains(t)) t++;
            yield return new SlotRange(from, t);
        }
    }

    /// <summary>
    /// Readable intervals, days with the same times grouped: <c>Mo–Do 06:00–07:00, 16:00–17:30; Sa 08:00–12:00</c>.
    /// A range running past midnight is shown on each of its days.
    /// </summary>
    public override string ToString()
    {
        var days = Enumerable.Range(0, 7).Select(DayTimes).ToArray();
        var parts = new List<string>();
        for (var d = 0; d < 7; d++)
        {
            if (days[d].Length == 0) continue;
            var last = d;
            while (last + 1 < 7 && days[last + 1] == days[d]) last++;
            parts.Add($"{(last == d ? DayNames[d] : $"{DayNames[d]}–{DayNames[last]}")} {days[d]}");
            d = last;
        }
        return string.Join("; ", parts);
    }

    private string DayTimes(int day)
    {
        var text = new StringBuilder();
        var start = day * WeekSlots.PerDay;
        for (var t = start; t < start + WeekSlots.PerDay; t++)
        {
            if (!Contains(t)) continue;
            var from = t;
            while (t < start + WeekSlots.PerDay && Contains(t)) t++;
            if (text.Length > 0) text.Append(", ");
            text.Append(Clock(from - start)).Append('–').Append(Clock(t - start));
        }
        return text.ToString();
    }

    /// <summary>The time a slot of the day starts, e.g. <c>06:15</c>; 96 is <c>24:00</c>.</summary>
    public static string Clock(int slotOfDay) => $"{slotOfDay * WeekSlots.MinutesPerSlot / 60:D2}:{slotOfDay * WeekSlots.MinutesPerSlot % 60:D2}";

    public bool Equals(SlotSet? other) => other is not null && _bits.AsSpan().SequenceEqual(other._bits);

    public override bool Equals(object? obj) => Equals(obj as SlotSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var word in _bits) hash.Add(word);
        return hash.ToHashCode();
    }
}
