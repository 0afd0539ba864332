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
    public async Task Malformed_unknown_mistyped_or_oversize_bodies_get_problem_details_and_nothing_is_stored()
    {
        var inventory = platform.Client("inventory", PlatformFixture.NewTenant());
        var facility = await inventory.Facility("x");
        var body = $$"""{"facilityId":"{{facility}}","name":"Kita","category":"kita","places":3,"occupiedPlaces":1,"openingHours":"Mo-Fr 08:00-16:00"}""";

        await Problem(await inventory.PostAsync("/api/offers", Json(body[..40])), HttpStatusCode.BadRequest);

        var unknownField = await Problem(await inventory.PostAsync("/api/offers", Json(body.Replace("\"places\"", "\"capacity\":3,\"places\""))), HttpStatusCode.BadRequest);
        Assert.True(unknownField.GetProperty("errors").TryGetProperty("capacity", out _), unknownField.ToString());

        var wrongType = await Problem(await inventory.PostAsync("/api/offers", Json(body.Replace("\"places\":3", "\"places\":\"three\""))), HttpStatusCode.BadRequest);
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("places", out _), wrongType.ToString());

        var oversize = body.Replace("\"Kita\"", $"\"{new string('x', 2 * 1024 * 1024)}\"");
        // Waiting for "100 Continue" lets the service refuse by the declared length before any of the body is sent.
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/api/offers") { Content = Json(oversize) };
        tooLarge.Headers.ExpectContinue = true;
        await Problem(await inventory.SendAsync(tooLarge), HttpStatusCode.RequestEntityTooLarge);

        Assert.Empty(await inventory.List<OfferView>("/api/offers"));
        (await inventory.PostAsync("/api/offers", Json(body))).EnsureSuccessStatusCode();
    }

    public static TheoryData<string, string, object> BadOffers => new()
    {
        { "openingHours", "25", new { places = 3, occupiedPlaces = 1, openingHours = "Mo-Fr 08:00-25:00" } },
        { "openingHours", "position", new { places = 3, occupiedPlaces = 1, openingHours = "Mo-Fr 08:00" } },
        { "occupiedPlaces", "exceed", new { places = 3, occupiedPlaces = 4, openingHours = "Mo-Fr 08:00-16:00" } },
        { "places", "between", new { places = -1, occupiedPlaces = 0, openingHours = "Mo-Fr 08:00-16:00" } },
        { "category", "Unknown category", new { places = 3, occupiedPlaces = 1, openingHours = "Mo 08:00-16:00", category = "kiga" } },
        { "effectiveFrom", "past", new { places = 3, occupiedPlaces = 1, openingHours = "Mo 08:00-16:00", effectiveFrom = "2020-01-01" } },
        { "facilityId", "Unknown facility", new { places = 3, occupiedPlaces = 1, openingHours = "Mo 08:00-16:00", facilityId = Guid.NewGuid() } },
        { "closures[0].to", "before", new { places = 3, occupiedPlaces = 1, openingHours = "Mo 08:00-16:00", closures = new[] { new { from = "2027-08-20", to = "2027-08-01" } } } },
        { "languages[0]", "ISO 639-1", new { places = 3, occupiedPlaces = 1, openingHours = "Mo 08:00-16:00", languages = new[] { "polish" } } },
    };

    [Theory]
    [MemberData(nameof(BadOffers))]
    public async Task A_bad_offer_is_refused_naming_the_field_and_rule_and_nothing_is_stored_or_published(string field, string rule, object fields)
    {
        var inventory = platform.Client("inventory", PlatformFixture.NewTenant());
        var facility = await inventory.Facility("y");
        var body = JsonSerializer.SerializeToNode(new { facilityId = facility, name = "Kita", category = "kita" })!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(fields, JsonSerializerOptions.Web)!.AsObject().ToList())
            body[key] = value?.DeepClone();

        var problem = await Problem(await inventory.PostAsync("/api/offers", Json(body.ToJsonString())), HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(rule, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await inventory.List<OfferView>("/api/offers"));
    }

    [Theory]
    [InlineData("latitude", 91.0, 11.5, "x")]
    [InlineData("longitude", 48.1, -180.5, "x")]
    [InlineData("areaCode", 48.1, 11.5, "nowhere")]
    public async Task A_bad_facility_is_refused_naming_the_field(string field, double latitude, double longitude, string area)
    {
        var inventory = platform.Client("inventory", PlatformFixture.NewTenant());
        await inventory.Facility("x");
        var problem = await Problem(await inventory.PostAsJsonAsync("/api/facilities",
            new { name = "Haus", operatorType = "welfare", latitude, longitude, areaCode = area }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Single(await inventory.List<Facility>("/api/facilities"));
    }

    [Fact]
    public async Task Bad_needs_are_refused_per_item_and_nothing_is_stored_or_published()
    {
        var tenant = PlatformFixture.NewTenant();
        var surveys = platform.Client("surveys", tenant);
        await platform.LearnAreas(tenant, "b");

        var problem = await Problem(await surveys.PostAsJsonAsync("/api/responses", new
        {
            householdType = "tourist",
            needs = new object[] { new { category = "kita", areaCode = "a", persons = 1 }, new { category = "kita", areaCode = "", persons = 0 } },
        }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("householdType", out _));
        Assert.Equal("Unknown area: choose one of the municipality's areas.", errors.GetProperty("needs[0].areaCode")[0].GetString());
        Assert.True(errors.TryGetProperty("needs[1].areaCode", out _));
        Assert.True(errors.TryGetProperty("needs[1].persons", out _));

        Assert.Empty(await surveys.List<Response>("/api/responses"));
        // A valid need afterwards is the only demand the gap engine ever sees for this tenant.
        await surveys.PostAsJsonAsync("/api/responses", Api.NeedBody("b", 1)).Created<Response>();
        var gaps = await Eventually.Get(() => platform.Client("gaps", tenant).List<Gap>("/api/gaps"), g => g.Count > 0, "the valid need's gap");
        Assert.Equal("b", Assert.Single(gaps).AreaCode);
    }
}
