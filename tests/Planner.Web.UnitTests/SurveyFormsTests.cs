using System.Text.Json.Nodes;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.Surveys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The survey pages' own logic: the draft's titles and languages, the responses table and the open link.</summary>
public sealed class SurveyFormsTests
{
    private static Func<string, StringValues> Posted(params (string Name, string Value)[] fields) =>
        name => new StringValues([.. fields.Where(f => f.Name == name).Select(f => f.Value)]);

    private static JsonObject TemplateVersion() => JsonNode.Parse("""
        {"surveyId": "0190c1d2-0000-7000-8000-000000000001", "version": 1, "draft": true,
         "definition": {"title": {"de": "Vorlage", "en": "Template", "tr": "Sablon"}, "languages": ["de", "en", "tr", "ar"],
                        "questions": [{"id": "q1"}], "responsible": {"municipality": "Musterstadt"}}}
        """)!.AsObject();

    [Fact]
    public void The_chosen_languages_follow_the_required_ones_in_the_template_order_and_unknown_ones_are_ignored()
    {
        Assert.Equal(["de", "en", "tr", "ru"], SurveyLanguages.Of(["ru", "xx", "tr", "de"]));
        Assert.Equal(["de", "en"], SurveyLanguages.Of([]));
    }

    [Fact]
    public void Titles_and_languages_replace_the_drafts_and_everything_else_of_the_definition_stays()
    {
        var form = SurveyTextsForm.Read(Posted(("title-de", " Familienbefragung 2027 "), ("title-en", ""), ("languages", "pl"), ("languages", "tr")));
        var version = TemplateVersion();

        var definition = form.AppliedTo(version);

        Assert.Equal("""{"title":{"de":"Familienbefragung 2027","en":"Familienbefragung 2027","tr":"Sablon"},"languages":["de","en","tr","pl"],"questions":[{"id":"q1"}],"responsible":{"municipality":"Musterstadt"}}""",
            definition.ToJsonString());
        // The version the service sent is not changed: a second try starts from the same text.
        Assert.Equal("Vorlage", version["definition"]!["title"]!["de"]!.GetValue<string>());
    }

    [Fact]
    public void Empty_titles_keep_the_drafts_and_too_long_ones_are_named_by_their_field()
    {
        var definition = SurveyTextsForm.Read(Posted()).AppliedTo(TemplateVersion());
        Assert.Equal(("Vorlage", "Template"), (definition["title"]!["de"]!.GetValue<string>(), definition["title"]!["en"]!.GetValue<string>()));

        var tooLong = SurveyTextsForm.Read(Posted(("title-de", "T"), ("title-en", new string('x', SurveyTitles.MaxLength + 1))));
        Assert.Equal(["title-en"], tooLong.TooLong);
    }

    [Fact]
    public void A_drafts_own_texts_fill_the_form_and_the_services_refusals_land_at_their_fields()
    {
        var form = SurveyTextsForm.Of(new SurveyDefinition(new Dictionary<string, string> { ["de"] = "Befragung", ["en"] = "Survey" }, ["de", "en", "uk"]));
        Assert.Equal(("Befragung", "Survey"), (form.TitleDe, form.TitleEn));
        Assert.Equal(["de", "en", "uk"], form.Languages);
        Assert.Equal(("title-en", "languages", "title-de", "title-de"),
            (SurveyTextsForm.FieldIdOf("title.en"), SurveyTextsForm.FieldIdOf("languages"), SurveyTextsForm.FieldIdOf("title.de"), SurveyTextsForm.FieldIdOf("questions[0]")));
    }

    [Fact]
    public void Responses_are_tabled_by_area_name_with_a_column_per_household_type_and_the_totals()
    {
        var table = ResponseTable.Of(
            [new ResponseCell("mitte", "incoming", 3), new ResponseCell("altstadt", "outgoing", 1), new ResponseCell("mitte", "other", 2), new ResponseCell("mitte", "both", null)],
            code => code == "mitte" ? "Mitte" : "Altstadt");

        Assert.Equal(["Altstadt", "Mitte"], table.Rows.Select(r => r.AreaName));
        Assert.Equal([0, 1, 0, 0], ResponseTable.HouseholdTypes.Select(t => table.Rows[0].ByType[t]));
        Assert.Equal([3, 0, 0, 2], ResponseTable.HouseholdTypes.Select(t => table.Rows[1].ByType[t]));
        Assert.Equal((1, 5, 6), (table.Rows[0].Total, table.Rows[1].Total, table.Total));
        Assert.Equal([3, 1, 0, 2], ResponseTable.HouseholdTypes.Select(t => table.ColumnTotals[t]));
    }

    [Theory]
    [InlineData("https://umfrage.example.de/", "https://umfrage.example.de/09162000/0190c1d2-0000-7000-8000-000000000001")]
    [InlineData(" http://localhost:5100/befragung/ ", "http://localhost:5100/befragung/09162000/0190c1d2-0000-7000-8000-000000000001")]
    [InlineData("ftp://umfrage.example.de", null)]
    [InlineData("umfrage.example.de", null)]
    [InlineData(null, null)]
    public void The_open_link_is_the_survey_webs_address_with_the_municipality_and_survey_or_none(string? setting, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SurveyLinks.Setting] = setting }).Build();

        Assert.Equal(expected, new SurveyLinks(configuration).OpenLink("09162000", Guid.Parse("0190c1d2-0000-7000-8000-000000000001")));
    }
}
