using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Auth;
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
            (await host.Steward(municipality).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).EnsureSuccessStatusCode();

        await host.AssertTenantWallAsync(tenant, other);
    }

    /// <summary>The regional view looks across the wall on purpose: the district's consenting municipalities, not only the analyst's own.</summary>
    [Fact]
    public async Task The_regional_view_counts_every_consenting_municipality_of_the_district()
    {
        foreach (var municipality in new[] { "09163000", "09163011" })
            (await host.Steward(Ags.Parse(municipality)).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).EnsureSuccessStatusCode();

        var view = await host.Staff(Ags.Parse("09163000"), Roles.RegionalAnalyst).GetFromJsonAsync<JsonElement>("/api/regions/09163/gaps");

        Assert.Equal(2, view.GetProperty("consentingMunicipalities").GetInt32());
    }
}
