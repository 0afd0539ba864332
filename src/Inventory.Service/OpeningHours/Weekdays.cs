namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// Maps <see cref="DayOfWeek"/> (Sunday = 0) onto the OSM week, which starts on Monday:
/// the model, the canonical text and the weekly intervals all run Mo..Su.
/// </summary>
internal static class Weekdays
{
    public const int Count = 7;

    public static readonly IReadOnlyList<string> Abbreviations = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    public static int Index(DayOfWeek day) => ((int)day + 6) % Count;

    public static DayOfWeek FromIndex(int index) => (DayOfWeek)((index + 1) % Count);

    public static bool IsDefined(DayOfWeek day) => day is >= DayOfWeek.Sunday and <= DayOfWeek.Saturday;

    public static int IndexOf(string abbreviation)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Abbreviations[i] == abbreviation)
            {
                return i;
            }
        }

        return -1;
    }
}
