using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>The service runs as a role bound by the database's tenant wall, so even an unfiltered query stays within its municipality.</summary>
public sealed class TenantWallTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task Deliberately_unfiltered_queries_in_a_municipalitys_unit_of_work_see_only_its_rows()
    {
        var (tenant, other) = (NewTenant(), NewTenant());
        foreach (var municipality in new[] { tenant, other })
            await Facility(host.Planner(municipality));

        await host.AssertTenantWallAsync(tenant, other);
    }
}
