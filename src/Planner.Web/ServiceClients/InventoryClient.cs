namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Inventory.Service: so far the names of the municipality's areas, which the other services name by code.</summary>
public sealed class InventoryClient(HttpClient http, ILogger<InventoryClient> log) : ServiceClient(http, log, PlatformService.Inventory)
{
    public Task<ServiceResult<List<Area>>> AreasAsync(CancellationToken ct) => GetAsync<List<Area>>("/api/areas", ct);
}

public sealed record Area(string Code, string Name);
