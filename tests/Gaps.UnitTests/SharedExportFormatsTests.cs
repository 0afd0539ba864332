using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// One suppression rule for every export format: a gap on fewer than 5 responses, rendered into each shared file,
/// leaves none of its window, persons, person-hours, severity, responses or confidence in it.
/// </summary>
public sealed partial class SharedExportFormatsTests
{
    private static readonly ExportScope Own = new(new AnalysisWeek(new DateOnly(2026, 11, 23)), null, Shared: false, "kita", "mitte", Language: ExportLanguage.English);
    private static readonly ExportScope Shared = Own with { Shared = true };

    /// <summary>Mo 05:15–06:45 and Mo 19:30–20:15, 3.7 persons, 7.4 person-hours, severity 37.3, 4 responses, confidence 0.4444.</summary>
    private static readonly GapFinding Small = Finding();

    /// <summary>What the small gap would give away, as each format would write it (the German CSV with decimal commas).</summary>
    private static string[] Telltales(string format) =>
        [.. new[] { "05:15–06:45", "19:30–20:15", "3.7", "7.4", "37.3", "0.44" }.Select(t => format == "csv-de" ? t.Replace('.', ',') : t)];

    private static GapFinding Finding()
    {
        var slots = SlotSet.Of([new SlotRange(21, 27), new SlotRange(78, 81)]);
        var profile = new float[WeekSlots.Count];
        foreach (var range in slots.Ranges())
            for (var t = range.From; t < range.To; t++) profile[t] = 3.7f;
        return new GapFinding("kita", "mitte", GapKind.Time, slots, 3.7, 7.4, 4, 37.3, GapMeasures.Confidence(4), profile);
    }

    public static TheoryData<string> Formats => ["csv", "csv-de", "xlsx", "xlsx-de", "geojson", "svg", "svg-areas", "svg-categories"];

    private static string Render(string format, IReadOnlyList<GapFinding> findings, ExportScope scope)
    {
        var gaps = findings.Select(f => ExportedGap.From(f, scope.Shared)).ToList();
        return format switch
        {
            "csv" => Encoding.UTF8.GetString(GapsCsv.Write(gaps, scope)),
            "csv-de" => Encoding.UTF8.GetString(GapsCsv.Write(gaps, scope with { Language = ExportLanguage.German, Format = CsvFormat.German })),
            "xlsx" => XlsxText(GapsWorkbook.Write(gaps, scope)),
            "xlsx-de" => XlsxText(GapsWorkbook.Write(gaps, scope with { Language = ExportLanguage.German })),
            "geojson" => Encoding.UTF8.GetString(AreasGeoJson.Write([new AreaPoint("mitte", 49.45, 11.07)], gaps, scope)),
            "svg" => HeatmapSvg.Write(GapHeatmap.Of(gaps, "kita", "mitte", GapHeatmap.WithoutCare), "Kita · mitte", scope),
            "svg-areas" => HeatmapSvg.WriteRows(GapHeatmap.ByArea(gaps, "kita", [new AreaPoint("mitte", 49.45, 11.07, "Mitte")], GapHeatmap.WithoutCare), "Kita", scope),
            "svg-categories" => HeatmapSvg.WriteRows(GapHeatmap.ByCategory(gaps, "mitte", GapHeatmap.WithoutCare), "Mitte", scope),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    // Every part of the package as text: cell values, shared strings and sheet names alike.
    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_shared_file_holds_none_of_a_small_gaps_figures_while_the_planners_own_one_does(string format)
    {
        var shared = Render(format, [Small], Shared);
        var own = Render(format, [Small], Own);

        Assert.All(Telltales(format), t => Assert.DoesNotContain(t, shared));
        // The search finds them where they belong, so its silence above means something.
        Assert.Contains(Telltales(format), t => own.Contains(t, StringComparison.Ordinal));
    }

    [Fact]
    public void The_responses_are_withheld_in_every_table_format()
    {
        var csvRow = Render("csv", [Small], Shared).Split("\r\n")[1];
        Assert.Equal("kita:mitte:time,kita,mitte,,time,,,,,,,true,0,0,,0", csvRow);

        Assert.Contains("\"kita.time.responses\":null", Render("geojson", [Small], Shared));

        // The Gaps sheet's row 2 has cells only for key, category, area, kind (A–C, E; no name known), suppressed (L), the offers of unknown occupancy (M–N) and the reserved places (P), facts about offers.
        var bytes = GapsWorkbook.Write([ExportedGap.From(Small, shared: true)], Shared);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var part = workbook.WorkbookPart!;
        var gaps = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Gaps").Id!);
        Assert.Equal(["A2", "B2", "C2", "E2", "L2", "M2", "N2", "P2"], gaps.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Select(c => c.CellReference!.Value));
    }

    [Fact]
    public void A_shared_picture_draws_a_small_gap_nowhere_not_even_as_a_withheld_block()
    {
        var withSmallGap = Render("svg", [Small], Shared);
        var empty = Render("svg", [], Shared);

        // Only the note that one gap is not drawn tells the two apart: every slot is the same.
        Assert.Equal(Slots(empty), Slots(withSmallGap));
        Assert.Contains("1 Lücke auf weniger als 5 Antworten nicht eingezeichnet", withSmallGap);
        Assert.NotEqual(Slots(empty), Slots(Render("svg", [Small], Own)));
    }

    private static string Slots(string svg) => string.Concat(SlotElement().Matches(svg).Select(m => m.Value));

    [GeneratedRegex("<rect class=\"slot\".*?</rect>")]
    private static partial Regex SlotElement();
}
