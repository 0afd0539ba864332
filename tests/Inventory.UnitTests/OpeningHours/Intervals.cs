using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

/// <summary>Writes weekly intervals the way a reader checks them: "Mo 08:00-18:00, Tu 00:00-06:00".</summary>
internal static class Intervals
{
    private static readonly string[] Abbreviations = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];

    public static string Describe(IEnumerable<WeeklyInterval> intervals) =>
        string.Join(", ", intervals.Select(i => $"{Abbreviations[(int)i.Day]} {Time(i.FromMinute)}-{Time(i.ToMinute)}"));

    private static string Time(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
