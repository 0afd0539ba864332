using System.Globalization;

namespace GutAusgestattet.PlannerWeb.Localization;

/// <summary>
/// Figures and dates as German administrations write them (1.234,5; 24.11.2026, 14:05) in either
/// page language, and times in the municipality's own time zone rather than the server's.
/// </summary>
public static class Formats
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>A figure with at most one decimal: persons and person-hours are estimates from weighted answers.</summary>
    public static string Number(double value) => value.ToString("#,0.#", Culture);

    public static string Whole(int value) => value.ToString("#,0", Culture);

    public static string Percent(double share) => share.ToString("0 %", Culture);

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Culture);

    /// <summary>Today in the municipality, whatever the server's own time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Berlin).DateTime);

    public static string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Berlin).ToString("dd.MM.yyyy, HH:mm", Culture);
}
