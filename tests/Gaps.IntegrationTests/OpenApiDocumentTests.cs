using GutAusgestattet.Gaps.Apis;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>The OpenAPI document describes the exports as the files they are, and nothing of Gaps as anonymous.</summary>
public sealed class OpenApiDocumentTests(GapsHost host) : IClassFixture<GapsHost>
{
    [Fact]
    public async Task The_exports_name_their_media_types_and_every_operation_needs_the_bearer_token()
    {
        var document = await host.OpenApiDocumentAsync();

        Assert.Equal(["text/csv"], document.MediaTypes("GET /api/gaps/export.csv"));
        Assert.Equal([ExportsApi.Xlsx], document.MediaTypes("GET /api/gaps/export.xlsx"));
        Assert.Equal(["application/geo+json"], document.MediaTypes("GET /api/gaps/areas.geojson"));
        Assert.Equal(["image/svg+xml"], document.MediaTypes("GET /api/gaps/heatmap.svg"));
        Assert.Equal(["application/problem+json"], document.MediaTypes("GET /api/gaps/heatmap.svg", "404"));
        document.AssertTokenNeededBut(_ => false);
    }

    /// <summary>The document is the endpoint reference: a summary on every operation, a description on every request field.</summary>
    [Fact]
    public async Task Every_operation_has_a_summary_and_every_request_field_a_description()
    {
        (await host.OpenApiDocumentAsync()).AssertDocumented();
    }
}
