namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The reference week in 15-minute slots: slot 0 is Monday 00:00–00:15, slot 671 Sunday 23:45–24:00.
/// </summary>
public static class WeekSlots
{
    public const int MinutesPerSlot = 15;
    public const int PerDay = 24 * 60 / MinutesPerSlot;
    public const int Count = 7 * PerDay;
    public const double HoursPerSlot = MinutesPerSlot / 60.0;

    /// <summary>Monday 0 … Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    public static DayOfWeek Day(int dayIndex) => (DayOfWeek)((dayIndex + 1) % 7);
}

/// <summary>The slots <c>[From, To)</c> of the reference week, <c>0 ≤ From &lt; To ≤ 672</c>.</summary>
public readonly record struct SlotRange(int From, int To)
{
    public int Length => To - From;

    /// <summary>
    /// The slots a need covers. Rounded outwards (06:10 needs the 06:00 slot): a need is never
    /// made smaller than asked. An overnight window ends on the next day, Sunday's on Monday.
    /// </summary>
    public static IEnumerable<SlotRange> Needed(int dayIndex, int fromMinute, int toMinute, bool overnight)
    {
        var from = dayIndex * WeekSlots.PerDay + fromMinute / WeekSlots.MinutesPerSlot;
        var end = (overnight ? dayIndex + 1 : dayIndex) * WeekSlots.PerDay + (toMinute + WeekSlots.MinutesPerSlot - 1) / WeekSlots.MinutesPerSlot;
        if (end <= WeekSlots.Count)
        {
            if (end > from) yield return new SlotRange(from, end);
            yield break;
        }
        yield return new SlotRange(from, WeekSlots.Count);
        yield return new SlotRange(0, end - WeekSlots.Count);
    }

    /// <summary>
    /// The slots covered by any of <paramref name="ranges"/>, as sorted ranges that neither overlap nor touch: one
    /// person needs care once at a time, however their windows were cut (Mo 08:00–12:00 and Mo 10:00–14:00 are
    /// Mo 08:00–14:00). Ranges already in that form are returned as they are.
    /// </summary>
    public static IReadOnlyList<SlotRange> Union(IReadOnlyList<SlotRange> ranges)
    {
        var united = true;
        for (var i = 1; i < ranges.Count && united; i++) united = ranges[i - 1].To < ranges[i].From;
        for (var i = 0; i < ranges.Count && united; i++) united = ranges[i].Length > 0;
        if (united) return ranges;
        var sorted = ranges.Where(r => r.Length > 0).OrderBy(r => r.From).ToList();
        var union = new List<SlotRange>(sorted.Count);
        foreach (var range in sorted)
            if (union.Count > 0 && range.From <= union[^1].To) union[^1] = union[^1] with { To = Math.Max(union[^1].To, range.To) };
            else union.Add(range);
        return union;
    }

    /// <summary>
    /// The slots an opening interval within one day covers entirely. Rounded inwards (open from
    /// 06:10 does not serve the 06:00 slot): an offer is never made to look more open than it is.
    /// </summary>
    public static SlotRange? Open(int dayIndex, int fromMinute, int toMinute)
    {
        var from = dayIndex * WeekSlots.PerDay + (fromMinute + WeekSlots.MinutesPerSlot - 1) / WeekSlots.MinutesPerSlot;
        var to = dayIndex * WeekSlots.PerDay + toMinute / WeekSlots.MinutesPerSlot;
        return to > from ? new SlotRange(from, to) : null;
    }
}
