using System.Net.Http.Json;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>The service runs as a role bound by the database's tenant wall, so even an unfiltered query stays within its municipality.</summary>
public sealed class TenantWallTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    [Fact]
    public async Task Deliberately_unfiltered_queries_in_a_municipalitys_unit_of_work_see_only_its_rows()
    {
        var (tenant, other) = (SurveysHost.NewTenant(), SurveysHost.NewTenant());
        foreach (var municipality in new[] { tenant, other })
        {
            await host.KnowArea(municipality, "mitte");
            (await host.Planner(municipality).PostAsJsonAsync("/api/surveys", new { })).EnsureSuccessStatusCode();
        }

        await host.AssertTenantWallAsync(tenant, other);
    }
}
