using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>The OpenAPI document describes the inventory export as the files it is, and nothing of Inventory as anonymous.</summary>
public sealed class OpenApiDocumentTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task The_export_names_its_media_types_and_every_operation_needs_the_bearer_token()
    {
        var document = await OpenApiDocument.ReadAsync(host.Planner(Ags.Parse("09162000")));

        Assert.Equal(["text/csv", "application/geo+json"], document.MediaTypes("GET /api/inventory/export"));
        Assert.All(document.Operations, o => Assert.True(document.NeedsBearer(o), $"{o} should need the bearer token"));
    }
}
