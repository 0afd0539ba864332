using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task The_needs_of_a_recorded_response_have_no_tenant_column_and_are_walled_behind_their_response()
    {
        var (tenant, other) = (SurveysHost.NewTenant(), SurveysHost.NewTenant());
        foreach (var (municipality, needs) in new[] { (tenant, 1), (other, 2) })
        {
            await host.KnowArea(municipality, "mitte");
            (await host.Planner(municipality).PostAsJsonAsync("/api/responses", new
            {
                householdType = "incoming", needs = Enumerable.Repeat(new { category = "kita", areaCode = "mitte", persons = 1 }, needs),
            })).EnsureSuccessStatusCode();
        }

        // A raw count over the whole table: only the municipality's own needs are there for it.
        Assert.Equal(1, await host.InTenant(tenant, db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM \"Needs\"").SingleAsync()));
        Assert.Equal(2, await host.InTenant(other, db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM \"Needs\"").SingleAsync()));
    }
}
