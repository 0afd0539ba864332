using System.Text;
using GutAusgestattet.Gaps.Waves;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// The wave comparison as a table: one row per area and category, each wave's persons, person-hours and responses side by side, and the
/// verdict in words. A withheld side's figures are empty cells, as in the gap export. Format and language as the gap export's.
/// </summary>
public static class WavesCsv
{
    public static byte[] Write(IReadOnlyList<WaveCellComparison> cells, IReadOnlyDictionary<string, string?> areaNames, ExportLanguage language, CsvFormat format)
    {
        var excel = format == CsvFormat.German;
        var separator = excel ? ';' : ',';
        var german = language == ExportLanguage.German;
        string[] figures = german ? ["Personen", "Personenstunden", "Antworten"] : ["persons", "person-hours", "responses"];
        var text = new StringBuilder().AppendRow([
            german ? "Kategorie" : "category", german ? "Gebiet" : "area", german ? "Gebietsname" : "area name",
            .. figures.Select(f => (german ? "Welle 1: " : "wave 1 ") + f), .. figures.Select(f => (german ? "Welle 2: " : "wave 2 ") + f),
            german ? "Ergebnis" : "verdict"], separator);
        foreach (var cell in cells)
            text.AppendRow([cell.Category, excel ? GapsCsv.KeepAsText(cell.AreaCode) : cell.AreaCode, areaNames.GetValueOrDefault(cell.AreaCode),
                .. Figures(cell.First, excel), .. Figures(cell.Second, excel), Word(cell.Verdict, german)], separator);
        return GapsCsv.Utf8WithBom(text);
    }

    private static string?[] Figures(WaveFigures wave, bool excel) =>
        [GapsCsv.Format(wave.EstimatedPersons, excel), GapsCsv.Format(wave.PersonHours, excel), GapsCsv.Format(wave.Responses, excel)];

    private static string Word(WaveVerdict verdict, bool german) => verdict switch
    {
        WaveVerdict.Closed => german ? "geschlossen" : "closed",
        WaveVerdict.New => german ? "neu" : "new",
        WaveVerdict.Grew => german ? "gewachsen" : "grew",
        WaveVerdict.Shrank => german ? "geschrumpft" : "shrank",
        WaveVerdict.Unchanged => german ? "unverändert" : "unchanged",
        _ => german ? "zurückgehalten" : "withheld",
    };
}
