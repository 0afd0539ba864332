using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>What the inventory tests set up: a tenant, a facility in area "nord", an offer body.</summary>
public static class InventorySteps
{
    public static Ags NewTenant() => Ags.Parse($"05{Random.Shared.Next(0, 1_000_000):D6}");

    public static async Task<Guid> Facility(HttpClient planner)
    {
        (await planner.PutAsJsonAsync("/api/areas/nord", new { name = "Nord", latitude = 51.2, longitude = 6.8 })).EnsureSuccessStatusCode();
        var facility = await planner.PostAsJsonAsync("/api/facilities", new { name = "Haus Nord", operatorType = "welfare", latitude = 51.2, longitude = 6.8, areaCode = "nord" });
        return (await facility.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static object Offer(Guid facility, string hours, DateOnly? effectiveFrom = null) =>
        new { facilityId = facility, name = "Tagespflege", category = "tagespflege", places = 12, occupiedPlaces = 10, openingHours = hours, effectiveFrom };

    public static async Task<JsonElement> Get(HttpClient planner, string path) => await planner.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Reads until <paramref name="done"/> holds: Inventory takes agreements in from their events, on its own time.</summary>
    public static async Task<JsonElement> Eventually(Func<Task<JsonElement>> read, Func<JsonElement, bool> done, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var seen = await read();
            if (done(seen)) return seen;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Timed out waiting for {what}; last seen: {seen}");
            await Task.Delay(200);
        }
    }
}
