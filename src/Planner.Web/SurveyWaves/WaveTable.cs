using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.SurveyWaves;

/// <summary>
/// Two waves compared as the page shows them: one row per category and area (by their names), each wave's persons, person-hours
/// and responses written the German way — a withheld wave's figures as a dash, as Gaps leaves them empty — and the verdict's text.
/// </summary>
public static class WaveTable
{
    /// <summary>What stands for a figure Gaps withholds (fewer than 5 responses behind it).</summary>
    public const string Withheld = "–";

    public static IReadOnlyList<WaveRow> Of(WaveComparison comparison, AreaNames areas) =>
        [.. comparison.Cells
            .Select(c => new WaveRow(c.Category, c.AreaCode, GapNames.Category(c.Category), areas.Of(c.AreaCode), Side(c.First), Side(c.Second), VerdictText(c.Verdict)))
            .OrderBy(r => r.CategoryName, StringComparer.CurrentCulture).ThenBy(r => r.AreaName, StringComparer.CurrentCulture)];

    /// <summary>The text key of a verdict: geschlossen, neu, gewachsen, geschrumpft, unverändert, zurückgehalten.</summary>
    public static string VerdictText(WaveVerdict verdict) => $"Waves_Verdict_{verdict}";

    /// <summary>A wave's responses in all, or the dash where Gaps withholds them.</summary>
    public static string Responses(int? responses) => responses is { } n ? Formats.Whole(n) : Withheld;

    private static WaveSide Side(WaveFigures figures) => figures.Suppressed
        ? new WaveSide(Withheld, Withheld, Withheld)
        : new WaveSide(Formats.Number(figures.EstimatedPersons ?? 0), Formats.Number(figures.PersonHours ?? 0), Responses(figures.Responses ?? 0));
}

/// <param name="Verdict">The text key of what became of the gap (<see cref="WaveTable.VerdictText"/>).</param>
public sealed record WaveRow(string Category, string AreaCode, string CategoryName, string AreaName, WaveSide First, WaveSide Second, string Verdict);

/// <summary>One wave's figures in a row, as shown.</summary>
public sealed record WaveSide(string Persons, string PersonHours, string Responses);
