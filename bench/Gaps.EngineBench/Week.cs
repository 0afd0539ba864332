using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>Small helpers to write weekly hours as people say them ("Mo–Fr 07:00–17:00").</summary>
internal static class Week
{
    public static readonly DayOfWeek[] MonToFri = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    public static readonly DayOfWeek[] MonToThu = MonToFri[..4];
    public static readonly DayOfWeek[] MonToSat = [.. MonToFri, DayOfWeek.Saturday];
    public static readonly DayOfWeek[] AllDays = [.. MonToSat, DayOfWeek.Sunday];

    public static int Minute(double hours) => (int)Math.Round(hours * 60);

    public static IEnumerable<WeeklyInterval> Open(IEnumerable<DayOfWeek> days, double from, double to) =>
        days.Select(d => new WeeklyInterval(d, Minute(from), Minute(to)));

    public static IEnumerable<DemandWindow> Need(IEnumerable<DayOfWeek> days, double from, double to, bool overnight = false) =>
        days.Select(d => new DemandWindow(d, Minute(from), Minute(to), overnight));

    public static T Pick<T>(this Random rng, params T[] items) => items[rng.Next(items.Length)];
}
