namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>Partners holds contact persons: its OpenAPI document shows no operation a caller reaches without the bearer token.</summary>
public sealed class OpenApiDocumentTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    [Fact]
    public async Task Every_operation_needs_the_bearer_token()
    {
        (await host.OpenApiDocumentAsync()).AssertTokenNeededBut(_ => false);
    }

    /// <summary>The document is the endpoint reference: a summary on every operation, a description on every request field.</summary>
    [Fact]
    public async Task Every_operation_has_a_summary_and_every_request_field_a_description()
    {
        (await host.OpenApiDocumentAsync()).AssertDocumented();
    }
}
