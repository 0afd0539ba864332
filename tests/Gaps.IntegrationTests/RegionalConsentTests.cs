using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Xunit;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>What leaves the municipality for the regional view is the data steward's decision, and the audit log keeps each one.</summary>
public sealed class RegionalConsentTests(GapsHost host) : IClassFixture<GapsHost>
{
    [Fact]
    public async Task Only_the_data_steward_gives_or_withdraws_consent_and_each_change_is_in_the_audit_log()
    {
        var tenant = Ags.Parse($"09{Random.Shared.Next(0, 1_000_000):D6}");
        var planner = host.Planner(tenant);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Staff(tenant, Roles.Admin).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).StatusCode);

        var steward = host.Steward(tenant);
        foreach (var consent in new[] { true, true, false })
            Assert.Equal(HttpStatusCode.OK, (await steward.PutAsJsonAsync("/api/gaps/regional-consent", new { consent })).StatusCode);
        Assert.False((await steward.GetFromJsonAsync<JsonElement>("/api/gaps/regional-consent")).GetProperty("consent").GetBoolean());

        var log = (await steward.GetFromJsonAsync<JsonElement>("/api/audit")).EnumerateArray().ToList();
        Assert.Equal(["withdrawn", "given"], log.Select(e => e.GetProperty("detail").GetString()));
        Assert.All(log, e => Assert.Equal(("consent-changed", "steward"), (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())));
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync("/api/audit")).StatusCode);
    }
}
