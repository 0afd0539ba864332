using System.Text;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The planning year as a table: one row per week, one column per category, each cell the person-hours of the week left
/// without care in the category — content, time and capacity gaps summed over the areas (a feature gap's persons are cared
/// for, only not as they asked, so their hours are not uncovered). Format and language as the gap export's.
/// </summary>
public static class HorizonCsv
{
    public static byte[] Write(HorizonFindings horizon, ExportLanguage language, CsvFormat format)
    {
        var excel = format == CsvFormat.German;
        var separator = excel ? ';' : ',';
        var categories = horizon.Weeks.SelectMany(w => w.Findings).Select(f => f.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder().AppendRow(
            [language == ExportLanguage.German ? "Woche" : "week", language == ExportLanguage.German ? "Montag" : "monday", .. categories], separator);
        foreach (var week in horizon.Weeks)
        {
            var uncovered = week.Findings.Where(f => f.Kind != GapKind.Feature).GroupBy(f => f.Category)
                .ToDictionary(g => g.Key, g => Math.Round(g.Sum(f => f.PersonHours), 1));
            text.AppendRow([week.Week.ToString(), week.Week.Monday.ToString("yyyy-MM-dd"),
                .. categories.Select(c => GapsCsv.Format(uncovered.GetValueOrDefault(c), excel))], separator);
        }
        return GapsCsv.Utf8WithBom(text);
    }
}
