using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>The exports as a German planner opens them: Excel's CSV dialect, German headers and explanations, names beside codes.</summary>
public sealed class GermanExportsTests
{
    private static readonly ExportScope German = new(new AnalysisWeek(new DateOnly(2026, 11, 23)), null, Shared: false);
    private static readonly ExportScope Excel = German with { Format = CsvFormat.German };

    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Mo 06:00–07:00 and Mo 16:00–17:00, 2.5 persons, 7 responses.</summary>
    private static ExportedGap Gap(string area = "01", string? name = "Altstadt", int responses = 7, bool shared = false)
    {
        var slots = SlotSet.Of([new SlotRange(24, 28), new SlotRange(64, 68)]);
        var profile = new float[WeekSlots.Count];
        foreach (var range in slots.Ranges())
            for (var t = range.From; t < range.To; t++) profile[t] = 2.5f;
        var finding = new GapFinding("kita", area, GapKind.Time, slots, 2.5, 5, responses, 40, GapMeasures.Confidence(responses), profile);
        return ExportedGap.From(finding, shared) with { AreaName = name };
    }

    private static string[] CsvLines(ExportScope scope, params ExportedGap[] gaps)
    {
        var bytes = GapsCsv.Write(gaps, scope);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
    }

    [Fact]
    public void German_csv_for_excel_has_semicolons_decimal_commas_german_headers_names_and_codes_kept_as_text()
    {
        var lines = CsvLines(Excel, Gap(), Gap("mitte", "Mitte; Süd", responses: 2, shared: true));

        Assert.Equal("Schlüssel;Kategorie;Gebiet;Gebietsname;Art;Zeitfenster;Personen (geschätzt);Personenstunden;Antworten;Schwere;"
            + "Verlässlichkeit;Zurückgehalten;Angebote mit unbekannter Belegung;Plätze mit unbekannter Belegung;Fehlt;Belegplätze", lines[0]);
        // Intervals hold a comma but no semicolon: no quotes needed; "01" starts with the invisible word joiner.
        Assert.Equal("kita:01:time;kita;\u206001;Altstadt;time;Mo 06:00–07:00, 16:00–17:00;2,5;5;7;40;0,58;FALSCH;0;0;;0", lines[1]);
        Assert.Equal("kita:mitte:time;kita;mitte;\"Mitte; Süd\";time;;;;;;;WAHR;0;0;;0", lines[2]);
        Assert.Equal(ExportColumns.All.Count, lines[1].Split(';').Length);
    }

    [Theory]
    [InlineData("01", "\u206001")]
    [InlineData("1-2", "\u20601-2")] // Excel would read a date
    [InlineData("1e5", "\u20601e5")] // … or a number in scientific notation
    [InlineData("mitte", "mitte")]
    [InlineData("-1", "-1")] // not an area code (they start with a letter or digit), but no mark where none is needed
    public void Only_codes_excel_would_convert_are_marked(string code, string written) => Assert.Equal(written, GapsCsv.KeepAsText(code));

    [Fact]
    public void The_mark_survives_the_formula_rule_which_still_neutralises_formulas_in_the_german_csv()
    {
        var lines = CsvLines(Excel, Gap(name: "=HYPERLINK(\"http://x\")"));
        Assert.Contains(";\u206001;\"'=HYPERLINK(\"\"http://x\"\")\";", lines[1]);
    }

    [Fact]
    public void Plain_csv_is_the_default_format_with_german_headers_by_default_and_english_on_request()
    {
        Assert.StartsWith("Schlüssel,Kategorie,Gebiet,Gebietsname,", CsvLines(German)[0]);
        var english = CsvLines(German with { Language = ExportLanguage.English }, Gap());
        Assert.StartsWith("key,category,area,areaName,kind,", english[0]);
        Assert.Equal("kita:01:time,kita,01,Altstadt,time,\"Mo 06:00–07:00, 16:00–17:00\",2.5,5,7,40,0.58,false,0,0,,0", english[1]);
    }

    [Fact]
    public void Xlsx_cells_are_real_booleans_and_numbers_with_the_area_name_and_a_german_explanation()
    {
        using var zip = new ZipArchive(new MemoryStream(GapsWorkbook.Write([Gap(), Gap("mitte", null, responses: 2, shared: true)], German with { Shared = true })));
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.Equal(["Lücken", "Erläuterung"], workbook.Descendants(Sheet + "sheet").Select(s => (string?)s.Attribute("name")));

        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var cells = sheet.Descendants(Sheet + "c").ToDictionary(c => (string)c.Attribute("r")!);
        Assert.Equal("Gebietsname", cells["D1"].Value);
        Assert.Equal(("inlineStr", "Altstadt"), ((string?)cells["D2"].Attribute("t"), cells["D2"].Value));
        Assert.Equal(("n", "2.5"), ((string?)cells["G2"].Attribute("t"), cells["G2"].Value));
        Assert.Equal(("n", "7"), ((string?)cells["I2"].Attribute("t"), cells["I2"].Value));
        Assert.Equal(("b", "0"), ((string?)cells["L2"].Attribute("t"), cells["L2"].Value));
        Assert.Equal(("b", "1"), ((string?)cells["L3"].Attribute("t"), cells["L3"].Value));
        Assert.False(cells.ContainsKey("D3")); // no name known: no cell
        Assert.False(cells.ContainsKey("G3")); // withheld: no cell, the column stays numeric

        var explanation = XDocument.Load(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open()).Descendants(Sheet + "row")
            .Select(r => r.Elements(Sheet + "c").Select(c => c.Value).ToList()).ToList();
        Assert.Equal(["Woche", "2026-W48"], explanation[0]);
        Assert.Equal(["Angebote", "Angebote von heute"], explanation[1]);
        Assert.StartsWith("zur Weitergabe", explanation[2][1]);
        Assert.Equal(["Spalte", "Bedeutung"], explanation[4]);
        Assert.Contains(explanation, r => r.Count == 2 && r[0] == "Schwere" && r[1].Contains("Personenstunden", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_in_english_on_request()
    {
        using var zip = new ZipArchive(new MemoryStream(GapsWorkbook.Write([Gap()], German with { Language = ExportLanguage.English })));
        Assert.Equal(["Gaps", "Columns"], XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open()).Descendants(Sheet + "sheet").Select(s => (string?)s.Attribute("name")));
        var explanation = XDocument.Load(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open()).Descendants(Sheet + "c").Select(c => c.Value).ToList();
        Assert.Contains("today's offers", explanation);
        Assert.Contains(explanation, c => c.Contains("100 × personHours", StringComparison.Ordinal));
    }

    [Fact]
    public void GeoJson_draws_an_area_by_its_outline_with_its_name_and_keeps_its_centre()
    {
        const string square = """{"type":"Polygon","coordinates":[[[11.05,49.44],[11.07,49.44],[11.07,49.46],[11.05,49.46],[11.05,49.44]]]}""";
        AreaPoint[] areas = [new("01", 49.45, 11.06, "Altstadt", square), new("02", 49.5, 11.1, "Nord")];
        using var json = JsonDocument.Parse(AreasGeoJson.Write(areas, [Gap()], German));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal(square, features[0].GetProperty("geometry").GetRawText());
        var properties = features[0].GetProperty("properties");
        Assert.Equal(("01", "Altstadt"), (properties.GetProperty("areaCode").GetString(), properties.GetProperty("areaName").GetString()));
        Assert.Equal([11.06, 49.45], properties.GetProperty("centre").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(2.5, properties.GetProperty("kita.time.estimatedPersons").GetDouble());
        Assert.Equal("Point", features[1].GetProperty("geometry").GetProperty("type").GetString()); // no outline known
        Assert.Equal("Nord", features[1].GetProperty("properties").GetProperty("areaName").GetString());
    }

    [Fact]
    public void A_category_overview_has_a_row_per_area_named_and_a_column_per_hour_with_the_most_persons_at_once()
    {
        AreaPoint[] areas = [new("01", 49.45, 11.06, "Altstadt"), new("02", 49.5, 11.1)];
        var rows = GapHeatmap.ByArea([Gap()], "kita", areas, GapHeatmap.WithoutCare);
        Assert.Equal(["Altstadt (01)", "02"], rows.Select(r => r.Label));

        var svg = XDocument.Parse(HeatmapSvg.WriteRows(rows, "Kita (Ü3) · alle Gebiete · 2026-W48", German));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var cells = svg.Descendants(ns + "rect").Where(r => (string?)r.Attribute("class") == "slot").ToList();
        Assert.Equal(2 * 7 * 24, cells.Count);
        Assert.Equal("Altstadt (01) · Mo 06–07 Uhr: höchstens 2.5 Personen ohne Betreuung", cells[6].Element(ns + "title")!.Value);
        Assert.Equal("02 · Mo 06–07 Uhr: höchstens 0 Personen ohne Betreuung", cells[168 + 6].Element(ns + "title")!.Value);
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Kita (Ü3) · alle Gebiete · 2026-W48", texts);
        Assert.Contains("Altstadt (01)", texts);
    }

    [Fact]
    public void An_area_overview_has_a_row_per_category_and_a_shared_one_leaves_out_a_small_gap()
    {
        var own = GapHeatmap.ByCategory([Gap()], "01", GapHeatmap.WithoutCare);
        Assert.Equal(Contracts.CareCategories.Names.Values, own.Select(r => r.Label));
        Assert.Equal(2.5f, own.Single(r => r.Label == "Kita (Ü3)").Heatmap.Persons[24]);

        var shared = GapHeatmap.ByCategory([Gap(responses: 2, shared: true)], "01", GapHeatmap.WithoutCare);
        Assert.All(shared, r => Assert.All(r.Heatmap.Persons, p => Assert.Equal(0, p)));
        Assert.Contains("1 Lücke auf weniger als 5 Antworten nicht eingezeichnet", HeatmapSvg.WriteRows(shared, "Altstadt (01)", German with { Shared = true }));
    }
}
