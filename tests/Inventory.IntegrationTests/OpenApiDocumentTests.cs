namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>The OpenAPI document describes the inventory export as the files it is, and nothing of Inventory as anonymous.</summary>
public sealed class OpenApiDocumentTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task The_export_names_its_media_types_and_every_operation_needs_the_bearer_token()
    {
        var document = await host.OpenApiDocumentAsync();

        Assert.Equal(["text/csv", "application/geo+json"], document.MediaTypes("GET /api/inventory/export"));
        document.AssertTokenNeededBut(_ => false);
    }

    /// <summary>The document is the endpoint reference: a summary on every operation, a description on every request field.</summary>
    [Fact]
    public async Task Every_operation_has_a_summary_and_every_request_field_a_description()
    {
        (await host.OpenApiDocumentAsync()).AssertDocumented();
    }
}
