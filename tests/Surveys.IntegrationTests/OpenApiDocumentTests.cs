using GutAusgestattet.ServiceHosting;
using GutAusgestattet.Surveys.Apis;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// The OpenAPI document tells client authors what the service does: the households' endpoints need no token, the
/// submission's Idempotency-Key is documented where it is honoured, and files come with their media types.
/// </summary>
public sealed class OpenApiDocumentTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private Task<OpenApiDocument> Document() => host.OpenApiDocumentAsync();

    [Fact]
    public async Task The_public_endpoints_are_anonymous_in_the_document_and_every_other_one_needs_the_bearer_token()
    {
        var document = await Document();
        static bool Public(string operation) => operation.Contains(" /public/", StringComparison.Ordinal);

        Assert.Equal(5, document.Operations.Count(Public));
        document.AssertTokenNeededBut(Public);
    }

    [Fact]
    public async Task The_submission_documents_its_required_Idempotency_Key_header()
    {
        var header = (await Document()).Header("POST /public/surveys/{id}/responses", PublicSurveysApi.IdempotencyHeader);

        Assert.NotNull(header);
        Assert.True(header.Value.GetProperty("required").GetBoolean());
        Assert.Equal((8, 100), (header.Value.GetProperty("schema").GetProperty("minLength").GetInt32(), header.Value.GetProperty("schema").GetProperty("maxLength").GetInt32()));
        Assert.Contains("422", header.Value.GetProperty("description").GetString());
    }

    [Fact]
    public async Task File_responses_name_their_media_types()
    {
        var document = await Document();

        Assert.Equal(["text/csv"], document.MediaTypes("GET /api/surveys/{id}/answers.csv"));
        Assert.Equal(["application/pdf"], document.MediaTypes("POST /api/surveys/{id}/invitations/letters"));
        Assert.Equal(["application/pdf"], document.MediaTypes("GET /api/surveys/{id}/poster.pdf"));
        Assert.Equal(["image/svg+xml"], document.MediaTypes("GET /api/surveys/{id}/qr.svg"));
    }

    /// <summary>The document is the endpoint reference: a summary on every operation, a description on every request field.</summary>
    [Fact]
    public async Task Every_operation_has_a_summary_and_every_request_field_a_description()
    {
        (await host.OpenApiDocumentAsync()).AssertDocumented();
    }
}
