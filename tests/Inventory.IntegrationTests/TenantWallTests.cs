using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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

    /// <summary>PostgreSQL refuses COPY into a table whose row-level security binds the session; the import's bulk copy goes around it.</summary>
    [Fact]
    public async Task An_import_writes_its_new_rows_by_bulk_copy_through_the_wall()
    {
        var planner = host.Planner(NewTenant());
        (await planner.PutAsJsonAsync("/api/areas/nord", new { name = "Nord", latitude = 49.45, longitude = 11.07 })).EnsureSuccessStatusCode();
        var csv = new StringBuilder("facility_key,facility_name,latitude,longitude,offer_key,name,category,places,opening_hours\n");
        for (var i = 0; i < 3; i++) csv.Append($"wall-fac,Haus am Wall,49.45,11.07,wall-{i},Gruppe {i},kita,20,\"Mo-Fr 07:00-17:00\"\n");

        var imported = await planner.PostAsync("/api/inventory/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));

        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        Assert.Equal(3, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        Assert.Equal(3, (await Get(planner, "/api/offers")).EnumerateArray().Count());
    }
}
