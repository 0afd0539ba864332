using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// The optional employer question, through the real broker and database: a survey offers exactly the partners whose staff have places
/// reserved by a running agreement (learnt from Partners' events), an answer may name one of them and no other, and the demand items
/// it publishes carry the employer, so the gap engine serves them with the reserved places.
/// </summary>
public sealed class EmployerTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private static CooperationAgreed Agreed(string tenant, Guid agreement, string kind, params (Guid Id, string Name)[] partners) =>
        new(tenant, agreement, kind, [.. partners.Select(p => p.Id)], ["krippe:mitte:capacity"],
            new CooperationTerms(Guid.NewGuid(), null, "krippe", null, 2, null, null, new DateOnly(2027, 1, 1), null, null), [.. partners.Select(p => p.Name)]);

    private Task<HttpResponseMessage> Answer(Guid survey, Guid employer) =>
        host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{survey}/responses")
        {
            Content = JsonContent.Create(new
            {
                language = "de", consentVersion = "2026-2", consent = true, householdType = "incoming", areaCode = "mitte", employerId = employer,
                needs = new[] { new { category = "krippe", persons = 1 } },
            }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        });

    [Fact]
    public async Task Only_partners_with_places_reserved_are_offered_and_an_answer_naming_one_carries_it_in_its_demand()
    {
        var tenant = SurveysHost.NewTenant();
        var t = tenant.Value;
        var survey = await host.Planner(tenant).PublishedSurvey();
        await host.KnowArea(tenant, "mitte");
        var (muster, beispiel, hours, ended) = ((Id: Guid.NewGuid(), Name: "Muster GmbH"), (Id: Guid.NewGuid(), Name: "Beispiel AG"),
            (Id: Guid.NewGuid(), Name: "Stunden KG"), (Id: Guid.NewGuid(), Name: "Ende OHG"));
        var endedAgreement = Guid.NewGuid();
        await host.PublishShuffledAsync(tenant, [
            Agreed(t, Guid.NewGuid(), ReservedPlaces.Kind, muster, beispiel),
            // Longer hours reserve nothing; an ended agreement reserves nothing any more, whichever of its events comes first.
            Agreed(t, Guid.NewGuid(), "extendedHours", hours),
            Agreed(t, endedAgreement, ReservedPlaces.Kind, ended),
            new CooperationEnded(t, endedAgreement, new DateOnly(2027, 2, 1)),
        ]);

        var view = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/public/surveys/{survey}");
        Assert.Equal([(beispiel.Id, "Beispiel AG"), (muster.Id, "Muster GmbH")],
            view.GetProperty("employers").EnumerateArray().Select(e => (e.GetProperty("id").GetGuid(), e.GetProperty("name").GetString())));

        var refused = await Answer(survey, hours.Id);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("employers the survey lists", Assert.Single(problem.GetProperty("errors").GetProperty("employerId").EnumerateArray()).GetString());

        var (seen, listener) = await host.ListenAsync<NeedsReported>(tenant);
        try
        {
            Assert.Equal(HttpStatusCode.Created, (await Answer(survey, beispiel.Id)).StatusCode);
            for (var until = DateTime.UtcNow.AddSeconds(30); seen.IsEmpty && DateTime.UtcNow < until;) await Task.Delay(100);
        }
        finally
        {
            await listener.StopAsync();
        }
        Assert.Equal(beispiel.Id, Assert.Single(Assert.Single(seen).Items).EmployerId);
    }
}
