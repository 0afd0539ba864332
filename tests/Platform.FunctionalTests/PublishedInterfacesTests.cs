using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace GutAusgestattet.FunctionalTests;

/// <summary>What other teams and orchestrators read from every service without a token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PublishedInterfacesTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => new(PlatformFixture.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_publishes_its_OpenAPI_document_with_camel_case_schemas_and_bearer_auth(string service)
    {
        using var client = platform.App.CreateHttpClient(service);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.NotEmpty(document.GetProperty("paths").EnumerateObject());
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        foreach (var schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
            if (schema.Value.TryGetProperty("properties", out var properties))
                foreach (var property in properties.EnumerateObject())
                    Assert.True(char.IsLower(property.Name[0]), $"{schema.Name}.{property.Name} is not camelCase like the problem details' field names");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_answers_liveness_and_readiness_including_database_and_bus(string service)
    {
        using var client = platform.App.CreateHttpClient(service);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray()
            .Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Contains("database", checks);
        Assert.Contains("messaging", checks);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_offers_a_browsable_API_reference_in_development(string service)
    {
        using var client = platform.App.CreateHttpClient(service);
        var page = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
