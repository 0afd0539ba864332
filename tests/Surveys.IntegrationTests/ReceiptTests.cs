using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Apis;
using GutAusgestattet.Surveys.Invitations;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>Receipt codes work only with the surveys service's own secret and travel only in a header; invitation codes are stored keyed.</summary>
public sealed class ReceiptTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private async Task<(Guid Survey, JsonElement Receipt, HttpResponseMessage Created)> Answered()
    {
        var tenant = SurveysHost.NewTenant();
        await host.KnowArea(tenant, "mitte");
        var survey = await host.Planner(tenant).PublishedSurvey();
        var created = await host.Answer(survey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (survey, await created.Content.ReadFromJsonAsync<JsonElement>(), created);
    }

    [Fact]
    public async Task With_the_code_in_its_header_a_household_sees_its_answer_and_withdraws_it_and_the_path_holds_no_code()
    {
        var (survey, receipt, created) = await Answered();
        var code = receipt.GetProperty("receiptCode").GetString()!;
        Assert.Equal(PublicSurveysApi.ReceiptsPath, created.Headers.Location?.OriginalString);

        Assert.Equal(survey, (await host.ReceiptView(code.ToLowerInvariant())).GetProperty("surveyId").GetGuid());
        // The old path is served by no endpoint; an anonymous caller of a path nobody serves meets the authorization fallback.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync($"/public/receipts/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.CreateClient().GetAsync(PublicSurveysApi.ReceiptsPath)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await host.Receipt(HttpMethod.Delete, code)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Receipt(HttpMethod.Get, code)).StatusCode);
    }

    [Fact]
    public async Task A_receipt_code_derived_with_the_token_signing_key_opens_nothing()
    {
        var (_, receipt, _) = await Answered();
        var withSigningKey = new ReceiptCodes(Options.Create(new SurveySecretOptions { ReceiptSecret = ServiceHost<Program>.SigningKey }))
            .For(receipt.GetProperty("responseId").GetGuid());

        Assert.Equal(HttpStatusCode.NotFound, (await host.Receipt(HttpMethod.Get, withSigningKey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Receipt(HttpMethod.Delete, withSigningKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Receipt(HttpMethod.Get, receipt.GetProperty("receiptCode").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task Invitation_codes_are_stored_keyed_and_codes_stored_before_as_plain_SHA256_still_answer()
    {
        var tenant = SurveysHost.NewTenant();
        await host.KnowArea(tenant, "mitte");
        var planner = host.Planner(tenant);
        var survey = await planner.PublishedSurvey();
        var batch = await (await planner.PostAsJsonAsync($"/api/surveys/{survey}/invitations", new { count = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var code = batch.GetProperty("codes")[0].GetString()!;
        var legacyCode = InvitationCodes.New();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
            var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
            var stored = await db.Invitations.Where(i => i.SurveyId == survey).Select(i => i.CodeHash).SingleAsync();
            Assert.NotEqual(PlainSha256(code), stored);
            Assert.DoesNotContain(PlainSha256(code), stored);
            // A row as the migration InvitationCodesHmac leaves one stored before it.
            db.Invitations.Add(new Invitation
            {
                Id = Guid.CreateVersion7(), TenantId = tenant.Value, SurveyId = survey, IssuedAt = host.Clock.GetUtcNow(),
                CodeHash = InvitationCodes.LegacyPrefix + PlainSha256(legacyCode),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey, code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Invitation(legacyCode)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey, legacyCode.ToLowerInvariant())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Answer(survey, legacyCode)).StatusCode);
    }

    private static string PlainSha256(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code.Replace("-", ""))));
}
