using System.Globalization;
using System.Resources;
using System.Text.Json;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.SurveyWaves;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>Survey waves as a planner meets them: the population's name checked before Surveys is asked, and two waves' table.</summary>
public sealed class SurveyWavesTests
{
    private static readonly ResourceManager German = new(typeof(Texts).FullName!, typeof(Texts).Assembly);

    private static readonly Survey Unmarked = new(Guid.NewGuid(), SurveyStatus.Published, 1, 1, DateTimeOffset.UnixEpoch);

    private static WaveFigures Shown(double persons, double hours, int responses) => new(false, persons, hours, responses);

    private static readonly WaveFigures Hidden = new(true, null, null, null);

    [Fact]
    public void A_population_is_named_trimmed_and_a_wave_may_repeat_its_own()
    {
        Assert.Equal("Haushalte mit Zweitwohnsitz", PopulationName.Read("  Haushalte mit Zweitwohnsitz ", Unmarked, out var rule));
        Assert.Null(rule);
        var marked = Unmarked with { Population = "Haushalte mit Zweitwohnsitz", CurrentWave = false };
        Assert.Equal("Haushalte mit Zweitwohnsitz", PopulationName.Read("Haushalte mit Zweitwohnsitz", marked, out rule));
        Assert.Null(rule);
    }

    [Theory]
    [InlineData("", "Waves_NameMissing", null)]
    [InlineData("   ", "Waves_NameMissing", null)]
    [InlineData("Haushalte\nmit Zweitwohnsitz", "Waves_NameControl", null)]
    public void An_empty_name_or_one_with_a_line_break_is_named_at_the_field(string typed, string text, string? detail)
    {
        Assert.Null(PopulationName.Read(typed, Unmarked, out var rule));
        Assert.Equal(new InputRule("population", text, detail), rule);
    }

    [Fact]
    public void A_name_longer_than_Surveys_takes_is_named_with_its_limit()
    {
        Assert.NotNull(PopulationName.Read(new string('x', 120), Unmarked, out _));
        Assert.Null(PopulationName.Read(new string('x', 121), Unmarked, out var rule));
        Assert.Equal(new InputRule("population", "Waves_NameTooLong", "120"), rule);
    }

    [Fact]
    public void A_survey_stays_a_wave_of_its_first_population_and_the_page_says_which()
    {
        var marked = Unmarked with { Population = "Haushalte mit Zweitwohnsitz" };
        Assert.Null(PopulationName.Read("Pendlerhaushalte", marked, out var rule));
        Assert.Equal(new InputRule("population", "Waves_NameFixed", "Haushalte mit Zweitwohnsitz"), rule);
    }

    [Fact]
    public void Surveys_refusal_of_the_name_lands_at_the_field_and_a_refusal_of_the_marking_is_none()
    {
        var named = new ServiceProblem("One or more validation errors occurred.", null, new() { ["population"] = ["No e-mail address or phone number."] });
        Assert.Equal(new InputRule("population", "Waves_NameRefused"), PopulationName.Refused(named));
        Assert.Null(PopulationName.Refused(new ServiceProblem("Another wave of the population was marked at the same moment.", null, null)));
    }

    [Fact]
    public void The_populations_are_read_as_Surveys_writes_them()
    {
        var current = Guid.NewGuid();
        var json = $$"""[{"population":"Haushalte mit Zweitwohnsitz","currentSurveyId":"{{current}}","revision":2,"waves":[{"surveyId":"{{current}}","status":"closed","createdAt":"2026-12-01T10:00:00+00:00","current":true}]}]""";

        var population = Assert.Single(JsonSerializer.Deserialize<List<Population>>(json, ServiceCalls.Json)!);

        Assert.Equal(("Haushalte mit Zweitwohnsitz", current), (population.Name, population.CurrentSurveyId));
        Assert.Equal(new Wave(current, SurveyStatus.Closed, new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), true), Assert.Single(population.Waves));
    }

    [Fact]
    public void The_rows_go_by_category_and_area_name_with_German_figures_a_dash_where_withheld_and_the_verdict()
    {
        var comparison = JsonSerializer.Deserialize<WaveComparison>("""
            {"first":"00000000-0000-0000-0000-000000000001","second":"00000000-0000-0000-0000-000000000002","week":"2026-W50","monday":"2026-12-07",
             "firstResponses":12,"secondResponses":null,"cells":[
              {"category":"kita","areaCode":"mitte","first":{"suppressed":false,"estimatedPersons":3,"personHours":6,"responses":5},
               "second":{"suppressed":true,"estimatedPersons":null,"personHours":null,"responses":null},"verdict":"withheld"},
              {"category":"krippe","areaCode":"mitte","first":{"suppressed":false,"estimatedPersons":0,"personHours":0,"responses":6},
               "second":{"suppressed":false,"estimatedPersons":12.5,"personHours":1234.46,"responses":7},"verdict":"new"},
              {"category":"kita","areaCode":"altstadt","first":{"suppressed":false,"estimatedPersons":2,"personHours":4,"responses":7},
               "second":{"suppressed":false,"estimatedPersons":4,"personHours":8,"responses":9},"verdict":"grew"}]}
            """, ServiceCalls.Json)!;
        var areas = new AreaNames(new Dictionary<string, string> { ["altstadt"] = "Altstadt", ["mitte"] = "Mitte" });

        var rows = WaveTable.Of(comparison, areas);

        Assert.Equal(["Kita (Ü3) Altstadt", "Kita (Ü3) Mitte", "Krippe (U3) Mitte"], rows.Select(r => $"{r.CategoryName} {r.AreaName}"));
        Assert.Equal(new WaveSide("2", "4", "7"), rows[0].First);
        Assert.Equal(new WaveSide("–", "–", "–"), rows[1].Second);
        Assert.Equal(new WaveSide("12,5", "1.234,5", "7"), rows[2].Second);
        Assert.Equal(["gewachsen", "zurückgehalten", "neu"], rows.Select(r => German.GetString(r.Verdict, CultureInfo.InvariantCulture)));
        Assert.Equal(("12", "–"), (WaveTable.Responses(comparison.FirstResponses), WaveTable.Responses(comparison.SecondResponses)));
    }

    [Fact]
    public void Every_verdict_has_its_German_word()
    {
        Assert.Equal(["geschlossen", "neu", "gewachsen", "geschrumpft", "unverändert", "zurückgehalten"],
            Enum.GetValues<WaveVerdict>().Select(v => German.GetString(WaveTable.VerdictText(v), CultureInfo.InvariantCulture)));
    }
}
