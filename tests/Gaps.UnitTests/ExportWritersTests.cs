using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class ExportWritersTests
{
    private static readonly ExportScope Own = new(new AnalysisWeek(new DateOnly(2026, 11, 23)), null, Shared: false, Language: ExportLanguage.English);
    private static readonly ExportScope Shared = Own with { Shared = true };

    /// <summary>Mo 06:00–07:00 and Mo 16:00–17:00: intervals with a comma, as CSV must quote them.</summary>
    private static readonly SlotSet TwoWindows = SlotSet.Of([new SlotRange(24, 28), new SlotRange(64, 68)]);

    private static GapFinding Finding(int responses, string area = "mitte", GapKind kind = GapKind.Time, float persons = 2)
    {
        var profile = new float[WeekSlots.Count];
        foreach (var range in TwoWindows.Ranges())
            for (var t = range.From; t < range.To; t++) profile[t] = persons;
        return new GapFinding("kita", area, kind, TwoWindows, persons, persons * 2, responses, 40, GapMeasures.Confidence(responses), profile);
    }

    private static string Csv(params ExportedGap[] gaps)
    {
        var bytes = GapsCsv.Write(gaps, Own);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void Csv_has_the_documented_header_and_quotes_intervals_holding_commas()
    {
        var lines = Csv(ExportedGap.From(Finding(7), shared: false)).Split("\r\n");
        Assert.Equal("key,category,area,areaName,kind,intervals,estimatedPersons,personHours,responses,severity,confidence,suppressed,"
            + "unknownOccupancyOffers,unknownOccupancyPlaces,missing,reservedPlaces", lines[0]);
        Assert.Equal("kita:mitte:time,kita,mitte,,time,\"Mo 06:00–07:00, 16:00–17:00\",2,4,7,40,0.58,false,0,0,,0", lines[1]);
        Assert.Equal("", lines[2]); // CRLF after the last row
        Assert.Equal(ExportColumns.All.Select(c => c.Name), lines[0].Split(','));
    }

    [Fact]
    public void A_shared_export_withholds_every_figure_of_a_gap_on_fewer_than_5_responses_but_not_of_larger_ones()
    {
        var small = ExportedGap.From(Finding(4), shared: true);
        Assert.Equal((null, null, null, null, true, null, null), (small.Intervals, small.EstimatedPersons, small.PersonHours, small.Severity, small.Suppressed, small.Responses, small.Confidence));
        Assert.Equal("kita:mitte:time,kita,mitte,,time,,,,,,,true,0,0,,0", Csv(small).Split("\r\n")[1]);

        var large = ExportedGap.From(Finding(5), shared: true);
        Assert.Equal((2.0, false), (large.EstimatedPersons, large.Suppressed));
        Assert.False(ExportedGap.From(Finding(1), shared: false).Suppressed); // the planner's own export shows everything
    }

    [Fact]
    public void Xlsx_opens_with_a_header_row_typed_cells_and_a_sheet_documenting_the_columns()
    {
        var bytes = GapsWorkbook.Write([ExportedGap.From(Finding(7), false), ExportedGap.From(Finding(2, "nord"), true)], Shared);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Gaps", "Columns"], sheets.Select(s => s.Name!.Value));

        var rows = Rows(workbook, sheets[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(ExportColumns.All.Select(c => c.Name), rows[0].Select(c => c.InlineString!.InnerText));
        var persons = rows[1].Single(c => c.CellReference == "G2");
        Assert.Equal((CellValues.Number, "2"), (persons.DataType!.Value, persons.CellValue!.Text));
        Assert.Equal(CellValues.Boolean, rows[1].Single(c => c.CellReference == "L2").DataType!.Value);
        Assert.DoesNotContain(rows[2], c => c.CellReference == "G3"); // withheld: no cell, the column stays numeric
        Assert.Equal("7", rows[1].Single(c => c.CellReference == "I2").CellValue!.Text);

        var documentation = Rows(workbook, sheets[1]).Select(r => r.Select(c => c.InlineString!.InnerText).ToList()).ToList();
        Assert.Equal(["week", "2026-W48"], documentation[0]);
        Assert.Contains(documentation, r => r.Count == 2 && r[0] == "severity" && r[1].Contains("100 × personHours"));
        Assert.Equal(ExportColumns.All.Count, documentation.Count(r => r.Count == 2 && ExportColumns.All.Any(c => c.Name == r[0])));
    }

    [Fact]
    public void Formula_cells_escaped_in_csv_while_the_numbers_stay_numbers()
    {
        var line = Csv(ExportedGap.From(Finding(7, area: "=HYPERLINK(\"http://x\")"), shared: false)).Split("\r\n")[1];
        Assert.Equal("\"kita:=HYPERLINK(\"\"http://x\"\"):time\",kita,\"'=HYPERLINK(\"\"http://x\"\")\",,time,\"Mo 06:00–07:00, 16:00–17:00\",2,4,7,40,0.58,false,0,0,,0", line);
    }

    /// <summary>The workbook needs no escaping: a formula runs only from a cell's formula element, and text is written as an inline string.</summary>
    [Fact]
    public void Formula_cells_in_xlsx_are_inline_text_never_formulas()
    {
        var bytes = GapsWorkbook.Write([ExportedGap.From(Finding(7, area: "@SUM(1)"), false)], Own);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var area = Rows(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().First())[1].Single(c => c.CellReference == "C2");
        Assert.Equal((CellValues.InlineString, "@SUM(1)"), (area.DataType!.Value, area.InlineString!.InnerText));
        Assert.Empty(workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    private static List<List<Cell>> Rows(WorkbookPart workbook, Sheet sheet) =>
        [.. ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];

    [Fact]
    public void Xlsx_is_a_zip_package()
    {
        using var zip = new ZipArchive(new MemoryStream(GapsWorkbook.Write([], Own)));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
    }

    [Fact]
    public void GeoJson_has_a_point_per_area_at_its_centre_with_flat_properties_per_category_and_kind()
    {
        AreaPoint[] areas = [new("mitte", 49.45, 11.07), new("nord", 49.5, 11.1)];
        var bytes = AreasGeoJson.Write(areas, [ExportedGap.From(Finding(7), false), ExportedGap.From(Finding(2, kind: GapKind.Feature), true)], Shared);
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal(("FeatureCollection", "2026-W48", true), (root.GetProperty("type").GetString(), root.GetProperty("week").GetString(), root.GetProperty("shared").GetBoolean()));
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        var mitte = features[0];
        Assert.Equal("Point", mitte.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([11.07, 49.45], mitte.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = mitte.GetProperty("properties");
        Assert.Equal("mitte", properties.GetProperty("areaCode").GetString());
        Assert.Equal(2, properties.GetProperty("kita.time.estimatedPersons").GetDouble());
        Assert.Equal("Mo 06:00–07:00, 16:00–17:00", properties.GetProperty("kita.time.intervals").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("kita.feature.estimatedPersons").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("kita.feature.responses").ValueKind);
        Assert.Equal(["areaCode", "areaName", "centre"], features[1].GetProperty("properties").EnumerateObject().Select(p => p.Name)); // no gaps there
    }

    [Fact]
    public void The_heatmap_is_valid_svg_with_672_labelled_slots_coloured_by_persons()
    {
        var heatmap = Picture([Finding(7, persons: 3), Finding(7, kind: GapKind.Capacity, persons: 1)], Own);
        Assert.Equal(4, heatmap.Persons[24]);
        var svg = XDocument.Parse(HeatmapSvg.Write(heatmap, "Kita (Ü3) · <mitte> & co", Own));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var cells = svg.Descendants(ns + "rect").Where(r => (string?)r.Attribute("class") == "slot").ToList();
        Assert.Equal(WeekSlots.Count, cells.Count);
        Assert.Equal("Mo 06:00–06:15: 4 Personen ohne Betreuung", cells[24].Element(ns + "title")!.Value);
        Assert.Equal(HeatmapSvg.Colour(4, 4), (string?)cells[24].Attribute("fill"));
        Assert.Equal(HeatmapSvg.Colour(0, 4), (string?)cells[0].Attribute("fill"));
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Kita (Ü3) · <mitte> & co", texts);
        Assert.Contains("Uhrzeit", texts);
        Assert.Contains("Wochentag", texts);
        Assert.Contains("So", texts);
        Assert.Contains("4 (Höchstwert der Woche)", texts);
    }

    [Fact]
    public void A_shared_heatmap_leaves_out_a_small_gap_and_only_counts_it()
    {
        var shared = Picture([Finding(7, persons: 3), Finding(2, kind: GapKind.Capacity, persons: 1)], Shared);
        Assert.Equal((3f, 0f, 1), (shared.Persons[24], shared.Persons[0], shared.Withheld));
        var own = Picture([Finding(2, persons: 3)], Own);
        Assert.Equal((3f, 0), (own.Persons[24], own.Withheld));
        Assert.Equal(0, Picture([Finding(7, kind: GapKind.Feature)], Own).Persons[24]); // feature gaps overlap: only by kind
        Assert.Equal(0, GapHeatmap.Of([ExportedGap.From(Finding(7), false)], "kita", "nord", GapHeatmap.WithoutCare).Persons[24]);
    }

    private static GapHeatmap Picture(IEnumerable<GapFinding> findings, ExportScope scope) =>
        GapHeatmap.Of(findings.Select(f => ExportedGap.From(f, scope.Shared)), "kita", "mitte", GapHeatmap.WithoutCare);

    [Fact]
    public void File_names_say_what_the_export_holds() =>
        Assert.Equal("gaps-2026-W48-planned-2027-01-04-shared.csv", (Shared with { PlannedBy = new DateOnly(2027, 1, 4) }).FileName("gaps", "csv"));
}
