using System.Globalization;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The calendar week an analysis is for (ISO 8601, Monday first): closures of offers and the
/// periods of needs are applied to its dates, so a summer-holiday week differs from a normal one.
/// </summary>
public readonly record struct AnalysisWeek(DateOnly Monday)
{
    public static AnalysisWeek Containing(DateOnly day) => new(day.AddDays(-WeekSlots.DayIndex(day.DayOfWeek)));

    public DateOnly Date(int dayIndex) => Monday.AddDays(dayIndex);

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>e.g. <c>2026-W48</c>.</summary>
    public override string ToString() =>
        $"{ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue)):D2}";

    public const string Rule = "An ISO week like 2026-W48.";

    /// <summary>The week a request names, or <paramref name="current"/> when it names none; false when the text is no ISO week.</summary>
    public static bool TryRead(string? text, AnalysisWeek current, out AnalysisWeek week)
    {
        week = current;
        return text is null || TryParse(text, out week);
    }

    public static bool TryParse(string? text, out AnalysisWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
            return false;
        week = new AnalysisWeek(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
        return true;
    }
}
