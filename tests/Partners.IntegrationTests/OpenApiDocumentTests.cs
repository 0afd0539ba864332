namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>Partners holds contact persons: its OpenAPI document shows no operation a caller reaches without the bearer token.</summary>
public sealed class OpenApiDocumentTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    [Fact]
    public async Task Every_operation_needs_the_bearer_token()
    {
        (await host.OpenApiDocumentAsync()).AssertTokenNeededBut(_ => false);
    }
}
