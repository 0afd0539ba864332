namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Inventory.Service: so far the municipality's areas, which the other services name by code.</summary>
public sealed class InventoryClient(HttpClient http, ILogger<InventoryClient> log) : ServiceClient(http, log, PlatformService.Inventory)
{
    public Task<ServiceResult<List<Area>>> AreasAsync(CancellationToken ct) => GetAsync<List<Area>>("/api/areas", ct);
}

/// <param name="Latitude">Of the area's centre, WGS 84 degrees: all Inventory keeps of where an area lies so far (no boundary).</param>
public sealed record Area(string Code, string Name, double Latitude, double Longitude);
