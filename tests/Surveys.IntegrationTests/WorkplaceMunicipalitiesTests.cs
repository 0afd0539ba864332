using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Surveys.Areas;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// The survey view offers the other municipalities sharing the platform as a workplace's municipality, with their areas, named as
/// their newest published survey names the municipality responsible; a municipality without a published survey has no name in
/// Surveys and is not offered, and the surveying municipality's own areas are the view's <c>areas</c>, not a workplace list.
/// </summary>
public sealed class WorkplaceMunicipalitiesTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    [Fact]
    public async Task The_survey_view_lists_the_other_municipalities_with_a_published_survey_by_their_responsible_name_and_areas()
    {
        var (own, neighbour, unnamed) = (SurveysHost.NewTenant(), SurveysHost.NewTenant(), SurveysHost.NewTenant());
        var survey = await host.Planner(own).PublishedSurvey();
        await host.KnowArea(own, "mitte");
        await host.Planner(neighbour).PublishedSurvey(responsible: new
        {
            municipality = "Stadt Fürth",
            office = "Sozialamt",
            address = "Königsplatz 1, 90762 Fürth",
            email = "sozialamt@fuerth.example",
        });
        await host.KnowArea(neighbour, "sued");
        await host.KnowArea(neighbour, "nord");
        await host.KnowArea(unnamed, "mitte");
        // Whatever an earlier read kept is past its lifetime.
        host.Clock.Advance(WorkplaceMunicipalities.Lifetime);

        var view = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/public/surveys/{survey}");

        var workplaces = view.GetProperty("workplaces").EnumerateArray().ToDictionary(w => w.GetProperty("ags").GetString()!);
        var fuerth = workplaces[neighbour.Value];
        Assert.Equal("Stadt Fürth", fuerth.GetProperty("name").GetString());
        Assert.Equal([("nord", "nord"), ("sued", "sued")],
            fuerth.GetProperty("areas").EnumerateArray().Select(a => (a.GetProperty("value").GetString(), a.GetProperty("text").GetString())));
        Assert.DoesNotContain(unnamed.Value, workplaces.Keys);
        Assert.DoesNotContain(own.Value, workplaces.Keys);
    }
}
