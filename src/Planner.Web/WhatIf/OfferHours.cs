using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.WhatIf;

/// <summary>A week of opening hours as the what-if shows it and as the gaps service takes it.</summary>
public static class OfferHours
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The intervals as the gaps service's hours; Inventory has split overnight ranges at midnight already.</summary>
    public static IReadOnlyList<WhatIfHours> ForGaps(IEnumerable<WeeklyInterval> intervals) =>
        [.. intervals.Select(i => new WhatIfHours(i.Day, Time(i.FromMinute), Time(i.ToMinute)))];

    /// <summary>One day's hours as text, e.g. "07:00–12:00, 13:00–17:00"; empty when closed.</summary>
    public static string OfDay(IEnumerable<WeeklyInterval> intervals, DayOfWeek day) =>
        string.Join(", ", Of(intervals, day).Select(i => $"{Time(i.FromMinute)}–{Time(i.ToMinute)}"));

    /// <summary>One day's open spans in minutes of the day, for the bar beside the text.</summary>
    public static IEnumerable<(int From, int To)> Spans(IEnumerable<WeeklyInterval> intervals, DayOfWeek day) =>
        Of(intervals, day).Select(i => (i.FromMinute, i.ToMinute));

    /// <summary>Inventory's reason why typed hours cannot be read; null when they can, or when Inventory did not answer.</summary>
    public static string? Rule(ServiceResult<OpeningHoursWeek> read) =>
        read.Problem?.FieldErrors.GetValueOrDefault("openingHours") is [var rule, ..] ? rule : null;

    public static string Time(int minute) => minute == 1440 ? "24:00" : $"{minute / 60:00}:{minute % 60:00}";

    private static IEnumerable<WeeklyInterval> Of(IEnumerable<WeeklyInterval> intervals, DayOfWeek day) =>
        intervals.Where(i => i.Day == day).OrderBy(i => i.FromMinute);
}
