using System.Globalization;
using System.Text.RegularExpressions;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>
/// Reads times, dates and numbers the ways people type them: a browser without time and date
/// fields sends what was typed, e.g. <c>7</c>, <c>7.30</c>, <c>0730</c> or <c>31.7.2027</c>.
/// </summary>
public static partial class Entries
{
    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h]?(?<m>\d{2}))?$")]
    private static partial Regex Clock();

    /// <summary>Minutes since midnight (0–1440, 24:00 the end of the day), or null.</summary>
    public static int? Minutes(string? text)
    {
        if (text is null || Clock().Match(text.Trim()) is not { Success: true } m) return null;
        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var min = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (min > 59 || h > 24 || (h == 24 && min != 0)) return null;
        return h * 60 + min;
    }

    public static string Clock(int minutes) => $"{minutes / 60:D2}:{minutes % 60:D2}";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy", "d.M.yy", "d/M/yyyy"];

    public static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static int? WholeNumber(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A decimal with a comma or a point, as the service wants it (invariant), or null.</summary>
    public static string? Decimal(string? text)
    {
        var normal = text?.Trim().Replace(',', '.');
        return decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : null;
    }
}
