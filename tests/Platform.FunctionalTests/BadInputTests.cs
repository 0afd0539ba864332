using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GutAusgestattet.FunctionalTests;

/// <summary>Bad input gets problem details naming the field and the rule, and nothing is written.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Bad_offers_are_refused_with_the_field_named_and_nothing_is_stored()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);

        await Problem(await inventory.PostAsync("/api/offers", Json("{\"name\": \"Kita\", ")), HttpStatusCode.BadRequest);

        var unknownField = await Problem(await inventory.PostAsync("/api/offers",
            Json("""{"name":"Kita","category":"kita","areaCode":"x","places":3,"occupiedPlaces":1,"capacity":3}""")), HttpStatusCode.BadRequest);
        Assert.True(unknownField.GetProperty("errors").TryGetProperty("capacity", out _), unknownField.ToString());

        var wrongType = await Problem(await inventory.PostAsync("/api/offers",
            Json("""{"name":"Kita","category":"kita","areaCode":"x","places":"three","occupiedPlaces":1}""")), HttpStatusCode.BadRequest);
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("places", out _), wrongType.ToString());

        var rules = await Problem(await inventory.PostAsJsonAsync("/api/offers",
            new { name = "Kita", category = "kiga", areaCode = "x", places = 3, occupiedPlaces = 4 }), HttpStatusCode.BadRequest);
        Assert.True(rules.GetProperty("errors").TryGetProperty("category", out _), rules.ToString());
        Assert.Contains("exceed", rules.GetProperty("errors").GetProperty("occupiedPlaces")[0].GetString());

        var oversize = $$"""{"name":"{{new string('x', 2 * 1024 * 1024)}}","category":"kita","areaCode":"x","places":3,"occupiedPlaces":1}""";
        // Waiting for "100 Continue" lets the service refuse by the declared length before any of the body is sent.
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/api/offers") { Content = Json(oversize) };
        tooLarge.Headers.ExpectContinue = true;
        await Problem(await inventory.SendAsync(tooLarge), HttpStatusCode.RequestEntityTooLarge);

        Assert.Empty(await inventory.List<Offer>("/api/offers"));
    }

    [Fact]
    public async Task Bad_needs_are_refused_per_item_and_nothing_is_stored_or_published()
    {
        var tenant = PlatformFixture.NewTenant();
        var surveys = platform.Client("surveys", tenant);

        var problem = await Problem(await surveys.PostAsJsonAsync("/api/responses", new
        {
            householdType = "tourist",
            needs = new object[] { new { category = "kita", areaCode = "a", persons = 1 }, new { category = "kita", areaCode = "", persons = 0 } },
        }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("householdType", out _));
        Assert.True(errors.TryGetProperty("needs[1].areaCode", out _));
        Assert.True(errors.TryGetProperty("needs[1].persons", out _));

        Assert.Empty(await surveys.List<Response>("/api/responses"));
        // A valid need afterwards is the only demand the gap engine ever sees for this tenant.
        await surveys.PostAsJsonAsync("/api/responses", Api.NeedBody("b", 1)).Created<Response>();
        var gaps = await Eventually.Get(() => platform.Client("gaps", tenant).List<Gap>("/api/gaps"), g => g.Count > 0, "the valid need's gap");
        Assert.Equal("b", Assert.Single(gaps).AreaCode);
    }
}
