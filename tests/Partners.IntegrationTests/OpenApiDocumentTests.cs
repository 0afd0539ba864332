using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;

namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>Partners holds contact persons: its OpenAPI document shows no operation a caller reaches without the bearer token.</summary>
public sealed class OpenApiDocumentTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    [Fact]
    public async Task Every_operation_needs_the_bearer_token()
    {
        var document = await OpenApiDocument.ReadAsync(host.Planner(Ags.Parse("09162000")));

        Assert.NotEmpty(document.Operations);
        Assert.All(document.Operations, o => Assert.True(document.NeedsBearer(o), $"{o} should need the bearer token"));
    }
}
