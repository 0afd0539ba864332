using System.Globalization;
using System.Text.RegularExpressions;
using GutAusgestattet.Contracts;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Exports;

/// <summary>
/// What an export holds, read from the export form's plain GET query (so each view has an address and the gaps list can
/// link to its own): the week (empty: the current one), the planned state by a date, whether the file may be passed
/// on, and the view — category, area, kind. Week and date are typed, so a wrong one is an error at its field (the text's
/// key in <see cref="Errors"/>); category and kind come from lists and, like the gaps list's filters, are ignored when
/// they name nothing.
/// </summary>
public sealed partial record ExportView(string? Week, DateOnly? PlannedBy, bool Shared, string? Category, string? Area, GapKind? Kind)
{
    /// <summary>Field id → text key of the rule it breaks.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();

    /// <summary>The heatmap is drawn for a category (over all areas), an area (over all categories) or both (its week).</summary>
    public bool HasHeatmap => Category is not null || Area is not null;

    public static ExportView Read(string? week, string? plannedBy, string? shared, string? category, string? area, string? kind)
    {
        var errors = new Dictionary<string, string>();
        week = string.IsNullOrWhiteSpace(week) ? null : week.Trim().ToUpperInvariant();
        if (week is not null && !IsIsoWeek(week)) errors["week"] = "Exports_WeekRule";
        DateOnly? by = null;
        if (!string.IsNullOrWhiteSpace(plannedBy))
        {
            if (DateOnly.TryParseExact(plannedBy.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) by = date;
            else errors["plannedBy"] = "Exports_PlannedByRule";
        }
        var view = Gaps.GapFilter.Read(area, category, kind, sort: null);
        return new ExportView(week, by, shared is "true" or "on", view.Category, view.Area, view.Kind) { Errors = errors };
    }

    /// <summary>The query Gaps' exports take, and this application's download addresses too.</summary>
    public string Query => string.Join('&', new[]
    {
        Pair("week", Week), Pair("plannedBy", PlannedBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Shared ? "shared=true" : null,
        Pair("category", Category), Pair("area", Area), Pair("kind", Kind?.ToString().ToLowerInvariant()),
    }.Where(p => p is not null));

    private static string? Pair(string name, string? value) => value is null ? null : $"{name}={Uri.EscapeDataString(value)}";

    private static bool IsIsoWeek(string week)
    {
        var match = IsoWeek().Match(week);
        if (!match.Success) return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return year is >= 2000 and <= 2100 && number >= 1 && number <= ISOWeek.GetWeeksInYear(year);
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex IsoWeek();
}
