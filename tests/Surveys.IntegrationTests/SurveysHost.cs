using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Apis;
using GutAusgestattet.Surveys.Areas;
using GutAusgestattet.Surveys.Letters;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Surveys.IntegrationTests;

public sealed class SurveysHost() : ServiceHost<Program>("surveys")
{
    /// <summary>The survey web's address, as the AppHost passes it in a deployment.</summary>
    public const string PublicBaseUrl = "https://umfrage.example.de";

    /// <summary>The surveys service's own secret; deliberately not the token signing key the base host sets.</summary>
    public const string ReceiptSecret = "surveys-integration-tests-receipt-secret-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The retention loop runs once at start; the tests drive it themselves.
        builder.UseSetting("Surveys:RetentionCheckInterval", "01:00:00");
        builder.UseSetting(PublicLinks.Setting, PublicBaseUrl);
        builder.UseSetting(SurveySecretOptions.Setting, ReceiptSecret);
    }

    public static Ags NewTenant() => Ags.Parse($"06{Random.Shared.Next(0, 1_000_000):D6}");

    /// <summary>Reads or writes the service's database as <paramref name="tenant"/>: its rows only, as the service itself sees them.</summary>
    public Task<T> InTenant<T>(Ags tenant, Func<SurveysDbContext, Task<T>> work) => InTenant<SurveysDbContext, T>(tenant, work);

    /// <summary>The events at once, shuffled, until the inbox consumed them all (<see cref="ServiceHost{TEntryPoint}.PublishShuffledAsync{TContext}"/>).</summary>
    public Task PublishShuffledAsync(Ags tenant, IEnumerable<object> events) => PublishShuffledAsync<SurveysDbContext>(tenant, events);

    /// <summary>Surveys learns areas from Inventory's events; here the row is written as the consumer would.</summary>
    public async Task KnowArea(Ags tenant, string code)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
        db.Areas.Add(new KnownArea { TenantId = tenant.Value, Code = code, Name = code, Version = 1 });
        await db.SaveChangesAsync();
    }

    /// <summary>A household's answer through the public endpoint, with the code from its letter if it has one.</summary>
    /// <param name="key">The submission's idempotency key; a new one unless the test repeats a submission.</param>
    public Task<HttpResponseMessage> Answer(Guid survey, string? invitationCode = null, HttpClient? client = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{survey}/responses")
        {
            Content = JsonContent.Create(new
            {
                language = "de", consentVersion = "2026-2", consent = true, householdType = "incoming", areaCode = "mitte",
                awayDays = new[] { "monday" }, languages = new[] { "de" },
                needs = new[] { new { category = "krippe", persons = 1, ageBand = "0-2", windows = Array.Empty<object>(), urgency = "immediate", metToday = "notMet" } },
            }),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        if (invitationCode is not null) request.Headers.Add("Invitation-Code", invitationCode);
        return (client ?? CreateClient()).SendAsync(request);
    }

    /// <summary>A household looks at (GET) or withdraws (DELETE) its answer: the receipt code in its header, never in the path.</summary>
    public Task<HttpResponseMessage> Receipt(HttpMethod method, string code, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(method, PublicSurveysApi.ReceiptsPath);
        request.Headers.Add(PublicSurveysApi.ReceiptHeader, code);
        return (client ?? CreateClient()).SendAsync(request);
    }

    /// <summary>What the code from a letter opens: the code in its header, never in the path.</summary>
    public Task<HttpResponseMessage> Invitation(string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/public/invitations");
        request.Headers.Add(PublicSurveysApi.InvitationHeader, code);
        return CreateClient().SendAsync(request);
    }

    public async Task<JsonElement> ReceiptView(string code)
    {
        var response = await Receipt(HttpMethod.Get, code);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
