using System.Net.Http.Json;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>The service runs as a role bound by the database's tenant wall, so even an unfiltered query stays within its municipality.</summary>
public sealed class TenantWallTests(GapsHost host) : IClassFixture<GapsHost>
{
    [Fact]
    public async Task Deliberately_unfiltered_queries_in_a_municipalitys_unit_of_work_see_only_its_rows()
    {
        var (tenant, other) = (Ags.Parse("09162000"), Ags.Parse("09162011"));
        foreach (var municipality in new[] { tenant, other })
            (await host.Planner(municipality).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).EnsureSuccessStatusCode();

        await host.AssertTenantWallAsync(tenant, other);
    }
}
