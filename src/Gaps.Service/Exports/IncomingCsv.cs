using System.Text;
using GutAusgestattet.Gaps.Incoming;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// Demand of people who work here as a table, apart from the gap export: one row per area and category with at least 5 responses —
/// when, persons, person-hours per week, responses. Format and language as the gap export's.
/// </summary>
public static class IncomingCsv
{
    public static byte[] Write(IReadOnlyList<IncomingCell> cells, IReadOnlyDictionary<string, string?> areaNames, ExportLanguage language, CsvFormat format)
    {
        var excel = format == CsvFormat.German;
        var separator = excel ? ';' : ',';
        var german = language == ExportLanguage.German;
        var text = new StringBuilder().AppendRow(german
            ? ["Kategorie", "Gebiet", "Gebietsname", "Wann", "Personen", "Personenstunden", "Antworten"]
            : ["category", "area", "area name", "intervals", "persons", "person-hours", "responses"], separator);
        foreach (var cell in cells)
            text.AppendRow([cell.Category, excel ? GapsCsv.KeepAsText(cell.AreaCode) : cell.AreaCode, areaNames.GetValueOrDefault(cell.AreaCode), cell.Intervals,
                GapsCsv.Format(cell.EstimatedPersons, excel), GapsCsv.Format(cell.PersonHours, excel), GapsCsv.Format(cell.Responses, excel)], separator);
        return GapsCsv.Utf8WithBom(text);
    }
}
