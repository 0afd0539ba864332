using System.Collections.Immutable;

namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>What one weekday states: closed (<c>off</c>), or open during its ranges.</summary>
public sealed class DayHours : IEquatable<DayHours>
{
    private DayHours(ImmutableArray<TimeRange> ranges) => Ranges = ranges;

    public static DayHours Off { get; } = new([]);

    /// <summary>00:00-24:00, which every day has under <c>24/7</c>.</summary>
    internal static DayHours WholeDay { get; } = new([new TimeRange(0, TimeRange.MinutesPerDay)]);

    /// <summary>Sorted by start, then end, without duplicates; empty when the day is off.</summary>
    public ImmutableArray<TimeRange> Ranges { get; }

    public bool IsOff => Ranges.IsEmpty;

    /// <summary>
    /// Overlapping ranges are kept as given: two overnight ranges can merge into a span longer
    /// than a day, which no single HH:MM-HH:MM can state. <see cref="OpeningHours.ToWeeklyIntervals"/> merges them.
    /// </summary>
    public static DayHours Open(IEnumerable<TimeRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var sorted = ranges.Distinct().OrderBy(r => r.FromMinute).ThenBy(r => r.ToMinute).ToImmutableArray();
        return sorted.IsEmpty ? throw new ArgumentException("an open day needs at least one range", nameof(ranges)) : new(sorted);
    }

    public bool Equals(DayHours? other) => other is not null && Ranges.SequenceEqual(other.Ranges);

    public override bool Equals(object? obj) => Equals(obj as DayHours);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var range in Ranges)
        {
            hash.Add(range);
        }

        return hash.ToHashCode();
    }

    /// <summary>The body of an OSM rule: <c>off</c> or <c>08:00-12:00,14:00-18:00</c>.</summary>
    public override string ToString() => IsOff ? "off" : string.Join(',', Ranges);
}
