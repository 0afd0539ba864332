using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GutAusgestattet.Surveys.Letters;
using Microsoft.AspNetCore.Hosting;
using PdfSharp.Pdf.IO;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// Letters and posters read as a household would: the PDF rendered at 150 dpi (poppler's
/// pdftoppm), its QR codes scanned (zbar's zbarimg), its text read back (pdftotext), the codes
/// used to answer. The tools come from scripts/test-tools.sh.
/// </summary>
public sealed class LettersTests(SurveysHost host) : IClassFixture<SurveysHost>, IDisposable
{
    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("letters-");

    public void Dispose() => _files.Delete(recursive: true);

    private static readonly object Responsible = new
    {
        municipality = "Stadt Musterhausen", office = "Amt für Sozialplanung", address = "Rathausplatz 1, 12345 Musterhausen",
        email = "sozialplanung@musterhausen.example", phone = "0911 231-0",
    };

    private const string ArabicTitle = "استبيان احتياجات الأسر";

    /// <summary>
    /// A survey from the template naming who is responsible; with Arabic, every text is given in it too (German words under an
    /// Arabic title); <paramref name="germanAndEnglish"/> offers only the two languages every survey has.
    /// </summary>
    private static async Task<Guid> Survey(HttpClient planner, bool publish = true, bool arabic = false, bool germanAndEnglish = false)
    {
        var draft = await (await planner.PostAsJsonAsync("/api/surveys", new { })).Content.ReadFromJsonAsync<JsonObject>();
        var id = draft!["surveyId"]!.GetValue<Guid>();
        var definition = draft["definition"]!.AsObject();
        definition["responsible"] = JsonSerializer.SerializeToNode(Responsible);
        if (arabic)
        {
            AddArabic(definition);
            definition["title"]!["ar"] = ArabicTitle;
            var languages = definition["languages"]!.AsArray();
            if (!languages.Any(l => l!.GetValue<string>() == "ar")) languages.Add("ar");
        }
        if (germanAndEnglish) definition["languages"] = new JsonArray("de", "en");
        (await planner.PutAsJsonAsync($"/api/surveys/{id}/draft", definition)).EnsureSuccessStatusCode();
        if (publish) (await planner.PostAsync($"/api/surveys/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static void AddArabic(JsonNode? node)
    {
        if (node is JsonObject texts && texts["de"] is JsonValue german && !texts.ContainsKey("ar")) texts["ar"] = german.GetValue<string>();
        foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] }) AddArabic(child);
    }

    private async Task<string> Save(HttpResponseMessage response, string name)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(_files.FullName, name);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync(); // zbarimg complains about a missing D-Bus; only its output counts
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"{tool} did not finish");
        return output.Result;
    }

    /// <summary>Each page rendered at 150 dpi, as a scan or a phone camera sees the print, and its QR codes decoded.</summary>
    private List<string> ScanQrCodes(string pdf)
    {
        var prefix = Path.Combine(_files.FullName, Path.GetFileNameWithoutExtension(pdf));
        Run("pdftoppm", "-r", "150", "-png", pdf, prefix);
        return Directory.GetFiles(_files.FullName, $"{Path.GetFileName(prefix)}-*.png").Order()
            .Select(page => Run("zbarimg", "--raw", "-q", page).Trim()).ToList();
    }

    private static string PageText(string pdf, int page) => Run("pdftotext", "-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", pdf, "-");

    [Fact]
    public async Task A_batch_of_three_letters_has_a_page_per_household_whose_QR_code_and_print_carry_a_valid_one_time_code()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        await host.KnowArea(tenant, "mitte");
        var id = await Survey(planner);

        var response = await planner.PostAsJsonAsync($"/api/surveys/{id}/invitations/letters", new { count = 3, language = "de" });
        var pdf = await Save(response, "letters.pdf");
        Assert.Equal($"einladungen-{id}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using (var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import)) Assert.Equal(3, document.PageCount);

        var links = ScanQrCodes(pdf);
        Assert.Equal(3, links.Count);
        var codes = links.Select(link =>
        {
            var match = Regex.Match(link, $"^{Regex.Escape(SurveysHost.PublicBaseUrl)}/i/([0-9A-Z]{{4}}-[0-9A-Z]{{4}}-[0-9A-Z]{{4}})$");
            Assert.True(match.Success, $"not an invitation link: {link}");
            return match.Groups[1].Value;
        }).ToList();
        Assert.Equal(3, codes.Distinct().Count());
        for (var page = 1; page <= 3; page++)
        {
            var text = PageText(pdf, page);
            Assert.Contains(codes[page - 1], text);
            Assert.Contains(links[page - 1], text);
            Assert.Contains("freiwillig und anonym", text);
            Assert.Contains("Stadt Musterhausen", text);
            Assert.Contains("sozialplanung@musterhausen.example", text);
        }

        foreach (var code in codes) Assert.Equal(HttpStatusCode.Created, (await host.Answer(id, code)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Answer(id, codes[0])).StatusCode);
        var counts = await planner.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/invitations");
        Assert.Equal((3, 3), (counts.GetProperty("issued").GetInt32(), counts.GetProperty("used").GetInt32()));
    }

    [Fact]
    public async Task An_arabic_letter_reads_back_as_arabic_words_in_their_order_with_the_link_left_to_right()
    {
        var planner = host.Planner(SurveysHost.NewTenant());
        var id = await Survey(planner, arabic: true);

        var pdf = await Save(await planner.PostAsJsonAsync($"/api/surveys/{id}/invitations/letters", new { count = 1, language = "ar" }), "arabic.pdf");
        var link = Assert.Single(ScanQrCodes(pdf));
        var text = PageText(pdf, 1);

        // The text layer holds the letters in their contextual forms …
        Assert.Contains(ArabicShaping.Shape("المشاركة طوعية"), text);
        // … and a reader that undoes the shaping and the visual order gets the words back as written
        // (pdftotext places punctuation and Latin runs by its own rules, so words between them are compared).
        var logical = Regex.Replace(text, "[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").Normalize(NormalizationForm.FormKC);
        Assert.Contains(ArabicTitle, logical);
        Assert.Contains("المشاركة طوعية ومجهولة الهوية", logical);
        Assert.Contains("لا نسألكم عن أسمائكم ولا عن عناوينكم", logical);
        Assert.Contains("امسحوا رمز", logical);
        Assert.Contains("بكاميرا هاتفكم الذكي", logical);
        Assert.Contains(link, text);
    }

    [Fact]
    public async Task The_poster_QR_code_opens_the_surveys_open_link_and_the_SVG_encodes_the_same()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        var id = await Survey(planner);
        var openLink = $"{SurveysHost.PublicBaseUrl}/{tenant.Value}/{id}";

        var response = await planner.GetAsync($"/api/surveys/{id}/poster.pdf?language=en");
        var pdf = await Save(response, "poster.pdf");
        Assert.Equal($"plakat-{id}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using (var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import)) Assert.Equal(1, document.PageCount);
        Assert.Equal([openLink], ScanQrCodes(pdf));
        Assert.Contains("Do you or your family live in more than one place?", PageText(pdf, 1));

        var svg = await planner.GetAsync($"/api/surveys/{id}/qr.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var markup = await svg.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", markup);
        Assert.Contains("viewBox", markup);
    }

    [Fact]
    public async Task Poster_and_QR_code_are_refused_while_the_open_link_does_not_work()
    {
        var planner = host.Planner(SurveysHost.NewTenant());
        var draft = await Survey(planner, publish: false);
        await Problem(await planner.GetAsync($"/api/surveys/{draft}/poster.pdf"), HttpStatusCode.Conflict);
        await Problem(await planner.GetAsync($"/api/surveys/{draft}/qr.svg"), HttpStatusCode.Conflict);

        var closed = await Survey(planner);
        (await planner.PostAsync($"/api/surveys/{closed}/close", null)).EnsureSuccessStatusCode();
        await Problem(await planner.GetAsync($"/api/surveys/{closed}/poster.pdf"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_language_the_survey_lacks_or_a_bad_count_is_refused_naming_the_field_and_issues_no_code()
    {
        var planner = host.Planner(SurveysHost.NewTenant());
        var id = await Survey(planner, germanAndEnglish: true);

        var polish = await Problem(await planner.PostAsJsonAsync($"/api/surveys/{id}/invitations/letters", new { count = 2, language = "pl" }), HttpStatusCode.BadRequest);
        Assert.Contains("'pl'", polish.GetProperty("errors").GetProperty("language")[0].GetString());
        var none = await Problem(await planner.PostAsJsonAsync($"/api/surveys/{id}/invitations/letters", new { count = 0, language = "de" }), HttpStatusCode.BadRequest);
        Assert.True(none.GetProperty("errors").TryGetProperty("count", out _));
        var posterInPolish = await Problem(await planner.GetAsync($"/api/surveys/{id}/poster.pdf?language=pl"), HttpStatusCode.BadRequest);
        Assert.True(posterInPolish.GetProperty("errors").TryGetProperty("language", out _));

        var counts = await planner.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/invitations");
        Assert.Equal(0, counts.GetProperty("issued").GetInt32());
    }

    [Fact]
    public async Task Another_tenants_survey_is_not_found()
    {
        var id = await Survey(host.Planner(SurveysHost.NewTenant()));
        var other = host.Planner(SurveysHost.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/surveys/{id}/invitations/letters", new { count = 1, language = "de" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/surveys/{id}/poster.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/surveys/{id}/qr.svg")).StatusCode);
    }

    [Fact]
    public async Task Without_the_survey_webs_address_the_letter_endpoints_answer_503_naming_the_setting()
    {
        var tenant = SurveysHost.NewTenant();
        var id = await Survey(host.Planner(tenant));
        await using var unconfigured = host.WithWebHostBuilder(builder => builder.UseSetting(PublicLinks.Setting, ""));
        var planner = unconfigured.CreateClient();
        planner.DefaultRequestHeaders.Authorization = host.Planner(tenant).DefaultRequestHeaders.Authorization;

        foreach (var response in new[]
        {
            await planner.PostAsJsonAsync($"/api/surveys/{id}/invitations/letters", new { count = 1, language = "de" }),
            await planner.GetAsync($"/api/surveys/{id}/poster.pdf"),
            await planner.GetAsync($"/api/surveys/{id}/qr.svg"),
        })
        {
            var problem = await Problem(response, HttpStatusCode.ServiceUnavailable);
            Assert.Contains(PublicLinks.Setting, problem.GetProperty("detail").GetString());
        }
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
