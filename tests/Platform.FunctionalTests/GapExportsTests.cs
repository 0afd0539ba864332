using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Aspire.Hosting.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GutAusgestattet.ServiceDefaults.Tenancy;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The gap exports in the running platform: the planner's own files show everything, shared ones withhold small cells, each tenant gets only its own.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GapExportsTests(PlatformFixture platform)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly object[] MondayEarly = [new { day = "monday", from = "06:00", to = "08:00", overnight = false }];

    /// <summary>One response needing a Kita Monday 06:00–08:00 in an area without any Kita: a content gap on one response.</summary>
    private async Task<Ags> TenantWithOneContentGap()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "mitte");
        var survey = await platform.PublishedSurvey(tenant);
        await platform.App.CreateHttpClient("surveys")
            .SendAsync(Submit(survey, Answer(area: "mitte", category: "kita", windows: MondayEarly, from: null, until: null))).Created<JsonElement>();
        await Eventually.Get(() => platform.Client("gaps", tenant).List<JsonElement>("/api/gaps"), g => g.Count == 1, "the content gap");
        return tenant;
    }

    private static async Task<HttpResponseMessage> Ok(HttpClient client, string path, string mediaType)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    private static async Task<string[]> CsvLines(HttpClient gaps, string query = "") =>
        (await (await Ok(gaps, $"/api/gaps/export.csv{query}", "text/csv")).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");

    [Fact]
    public async Task The_planners_own_exports_show_every_figure_and_shared_ones_withhold_a_gap_on_one_response()
    {
        var tenant = await TenantWithOneContentGap();
        var gaps = platform.Client("gaps", tenant);

        var own = await CsvLines(gaps, "?lang=en");
        Assert.Equal("key,category,area,areaName,kind,intervals,estimatedPersons,personHours,responses,severity,confidence,suppressed,unknownOccupancyOffers,unknownOccupancyPlaces,missing,reservedPlaces", own[0]);
        Assert.Equal("kita:mitte:content,kita,mitte,Ortsteil mitte,content,Mo 06:00–08:00,1,2,1,100,0.17,false,0,0,,0", own[1]);
        Assert.Equal(["kita:mitte:content,kita,mitte,Ortsteil mitte,content,,,,,,,true,0,0,,0", ""], (await CsvLines(gaps, "?shared=true&lang=en"))[1..]);
        // German by default; format=de is what Excel in Germany opens: ';' and the decimal comma.
        Assert.Equal("kita:mitte:content;kita;mitte;Ortsteil mitte;content;Mo 06:00–08:00;1;2;1;100;0,17;FALSCH;0;0;;0", (await CsvLines(gaps, "?format=de"))[1]);
        Assert.StartsWith("Schlüssel,Kategorie,Gebiet,Gebietsname,", (await CsvLines(gaps))[0]);
        var csv = await Ok(gaps, "/api/gaps/export.csv?shared=true&week=2026-W50", "text/csv");
        Assert.Equal("gaps-2026-W50-shared.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);

        var xlsx = await Ok(gaps, "/api/gaps/export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            var part = workbook.WorkbookPart!;
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["Lücken", "Erläuterung"], sheets.Select(s => s.Name!.Value));
            var rows = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
            Assert.Equal(2, rows.Count);
            var persons = rows[1].Elements<Cell>().Single(c => c.CellReference == "G2");
            Assert.Equal((CellValues.Number, "1"), (persons.DataType!.Value, persons.CellValue!.Text));
        }

        var geo = await (await Ok(gaps, "/api/gaps/areas.geojson", "application/geo+json")).Content.ReadFromJsonAsync<JsonElement>();
        var mitte = Assert.Single(geo.GetProperty("features").EnumerateArray());
        Assert.Equal([11.07, 49.45], mitte.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(1, mitte.GetProperty("properties").GetProperty("kita.content.estimatedPersons").GetDouble());
        var sharedGeo = await (await Ok(gaps, "/api/gaps/areas.geojson?shared=true", "application/geo+json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, sharedGeo.GetProperty("features")[0].GetProperty("properties").GetProperty("kita.content.estimatedPersons").ValueKind);

        var heatmap = await Heatmap(gaps, "");
        Assert.Equal(672, heatmap.Count);
        Assert.Equal(("Mo 06:00–06:15: 1 Personen ohne Betreuung", "Mo 07:45–08:00: 1 Personen ohne Betreuung"), (Title(heatmap[24]), Title(heatmap[31])));
        Assert.EndsWith(": 0 Personen ohne Betreuung", Title(heatmap[32]));
        // Shared, the gap is not drawn at all: its window stays as hidden as in the shared table.
        Assert.All(await Heatmap(gaps, "&shared=true"), slot => Assert.EndsWith(": 0 Personen ohne Betreuung", Title(slot)));
    }

    [Fact]
    public async Task An_export_of_a_view_holds_only_the_gaps_of_its_category_area_and_kind_and_says_so_in_its_name()
    {
        var gaps = platform.Client("gaps", await TenantWithOneContentGap());

        var view = await Ok(gaps, "/api/gaps/export.csv?category=kita&area=mitte&kind=content", "text/csv");
        var lines = (await view.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("kita:mitte:content,", lines[1]);
        Assert.Matches(@"^gaps-\d{4}-W\d{2}-kita-mitte-content\.csv$", view.Content.Headers.ContentDisposition?.FileNameStar ?? view.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(2, (await CsvLines(gaps, "?kind=time")).Length);
        Assert.Equal(2, (await CsvLines(gaps, "?category=tagespflege")).Length);
        Assert.Equal(2, (await CsvLines(gaps, "?area=nord")).Length);
        var geo = await (await Ok(gaps, "/api/gaps/areas.geojson?area=nord", "application/geo+json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(geo.GetProperty("features").EnumerateArray());

        var problem = await Problem(await gaps.GetAsync("/api/gaps/export.xlsx?category=zoo&kind=Time,Content"), HttpStatusCode.BadRequest);
        Assert.Equal(["category", "kind"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    private static string Title(XElement slot) => slot.Element(Svg + "title")!.Value;

    private async Task<List<XElement>> Heatmap(HttpClient gaps, string query)
    {
        var response = await Ok(gaps, $"/api/gaps/heatmap.svg?category=kita&area=mitte{query}", "image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        return [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "slot")];
    }

    [Fact]
    public async Task Another_tenant_exports_only_its_own_and_bad_queries_name_the_field()
    {
        var owner = await TenantWithOneContentGap();
        var other = platform.Client("gaps", PlatformFixture.NewTenant());

        Assert.Equal(["key,category,area,areaName,kind,intervals,estimatedPersons,personHours,responses,severity,confidence,suppressed,unknownOccupancyOffers,unknownOccupancyPlaces,missing,reservedPlaces", ""], await CsvLines(other, "?lang=en"));
        var geo = await (await Ok(other, "/api/gaps/areas.geojson", "application/geo+json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(geo.GetProperty("features").EnumerateArray());
        // The other municipality has no area "mitte": a 404, not an empty picture that would pass for "no gaps".
        await Problem(await other.GetAsync("/api/gaps/heatmap.svg?category=kita&area=mitte"), HttpStatusCode.NotFound);

        var problem = await Problem(await other.GetAsync("/api/gaps/heatmap.svg?category=zoo&week=2026-W99&kind=big"), HttpStatusCode.BadRequest);
        Assert.Equal(["category", "kind", "week"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await platform.Client("gaps", owner, "regional-analyst").GetAsync("/api/gaps/export.csv")).StatusCode);
    }
}
