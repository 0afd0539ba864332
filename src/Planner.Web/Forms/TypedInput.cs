using System.Globalization;
using GutAusgestattet.PlannerWeb.Localization;

namespace GutAusgestattet.PlannerWeb.Forms;

/// <summary>
/// A rule a typed value breaks, named by the id of its control: <paramref name="Text"/> is the key of the page text,
/// <paramref name="Detail"/> the service's own words where it refused (they name the rule exactly, e.g. the position
/// in an opening_hours text).
/// </summary>
public sealed record InputRule(string FieldId, string Text, string? Detail = null);

/// <summary>Reading what a planner typed into the inventory forms: numbers as Germans write them, dates as date fields send them.</summary>
public static class TypedInput
{
    /// <summary>A whole number such as 12 or 1.200; null for anything else (signs, fractions, words).</summary>
    public static int? Whole(string text) =>
        int.TryParse(text.Trim(), NumberStyles.AllowThousands, Formats.Culture, out var value) ? value : null;

    /// <summary>Degrees with a decimal comma (49,4521) or point (49.4521), as a planner copies them from a map.</summary>
    public static double? Degrees(string text) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>A day as a date field sends it (2026-12-24) or as typed where the browser has none (24.12.2026).</summary>
    public static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A value the way the form shows it again: the number in German writing, a day as the date field wants it.</summary>
    public static string Show(double degrees) => degrees.ToString("0.#######", Formats.Culture);

    public static string Show(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
