using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// The weekly opening hours of an offer, read from and written as an OpenStreetMap
/// <c>opening_hours</c> value (a subset: weekdays, times, <c>off</c>, <c>24/7</c>, closed months like <c>Aug off</c>,
/// <c>PH off</c>, <c>SH off</c>).
/// A range belongs to the day it starts on; an overnight range spills into the next morning
/// even when a later rule names that next day.
/// </summary>
public sealed class OpeningHours : IEquatable<OpeningHours>
{
    private readonly ImmutableArray<DayHours?> days;

    internal OpeningHours(ImmutableArray<DayHours?> days, bool publicHolidaysOff, bool schoolHolidaysOff = false, IEnumerable<int>? closedMonths = null)
    {
        this.days = days;
        PublicHolidaysOff = publicHolidaysOff;
        SchoolHolidaysOff = schoolHolidaysOff;
        ClosedMonths = [.. (closedMonths ?? []).Distinct().Order()];
    }

    /// <summary>Whether the offer is closed on public holidays (<c>PH off</c>).</summary>
    public bool PublicHolidaysOff { get; }

    /// <summary>Whether the offer is closed during the municipality's school holidays (<c>SH off</c>).</summary>
    public bool SchoolHolidaysOff { get; }

    /// <summary>The months (1–12) the offer is closed in every year (<c>Aug off</c>, <c>Jul-Aug off</c>), ascending.</summary>
    public ImmutableArray<int> ClosedMonths { get; }

    /// <summary>
    /// What the hours state for <paramref name="day"/>; null when they say nothing about it,
    /// which OSM reads as closed, but which is written back without an explicit <c>off</c>.
    /// </summary>
    public DayHours? this[DayOfWeek day] =>
        Weekdays.IsDefined(day) ? days[Weekdays.Index(day)] : throw new ArgumentOutOfRangeException(nameof(day));

    /// <exception cref="OpeningHoursSyntaxException">The text is not in the supported subset.</exception>
    public static OpeningHours Parse(string text) =>
        TryParse(text, out var hours, out var error) ? hours : throw new OpeningHoursSyntaxException(error);

    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out OpeningHours? hours,
        [NotNullWhen(false)] out OpeningHoursError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = new OpeningHoursParser(text).Parse(out hours);
        return error is null;
    }

    /// <summary>
    /// The open times of a reference week for the gap engine: Mo..Su, per day sorted with overlapping
    /// and touching ranges merged, overnight ranges split at midnight. Public holidays do not appear.
    /// </summary>
    public IReadOnlyList<WeeklyInterval> ToWeeklyIntervals() => WeeklyIntervals.Of(days);

    /// <summary>The canonical opening_hours text; parsing it gives an equal value.</summary>
    public override string ToString() => CanonicalForm.Write(days, PublicHolidaysOff, SchoolHolidaysOff, ClosedMonths);

    public bool Equals(OpeningHours? other) =>
        other is not null && PublicHolidaysOff == other.PublicHolidaysOff && SchoolHolidaysOff == other.SchoolHolidaysOff
        && ClosedMonths.SequenceEqual(other.ClosedMonths) && days.SequenceEqual(other.days);

    public override bool Equals(object? obj) => Equals(obj as OpeningHours);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(PublicHolidaysOff);
        hash.Add(SchoolHolidaysOff);
        foreach (var month in ClosedMonths)
        {
            hash.Add(month);
        }

        foreach (var day in days)
        {
            hash.Add(day);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(OpeningHours? left, OpeningHours? right) => Equals(left, right);

    public static bool operator !=(OpeningHours? left, OpeningHours? right) => !Equals(left, right);
}
