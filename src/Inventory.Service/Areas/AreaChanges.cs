using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Persistence;
using MassTransit;

namespace GutAusgestattet.Inventory.Areas;

public enum AreaOutcome
{
    Created,
    Changed,
    Unchanged,
    Invalid,
}

/// <summary>
/// Defines or changes an area and publishes what happened, for PUT and import alike: a new code is
/// <see cref="AreaDefined"/>, a new name or centre is <see cref="AreaChanged"/>, the same state is
/// nothing at all (no version, no event), so repeating a request or a file is harmless.
/// </summary>
public static class AreaChanges
{
    public static AreaOutcome Plan(Area? existing, AreaInput input) =>
        existing is null ? AreaOutcome.Created
        : existing.ToState() == input.State ? AreaOutcome.Unchanged
        : AreaOutcome.Changed;

    /// <summary>Tracks the change and writes its event to the outbox; the caller saves both together.</summary>
    public static async Task<(Area Area, AreaOutcome Outcome)> Stage(
        InventoryDbContext db, IPublishEndpoint events, string tenantId, Area? existing, AreaInput input, CancellationToken ct)
    {
        if (existing is null)
        {
            var area = new Area
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenantId,
                Code = input.Code,
                Name = input.State.Name,
                Latitude = input.State.Latitude,
                Longitude = input.State.Longitude,
            };
            db.Areas.Add(area);
            await events.Publish(new AreaDefined(area.TenantId, area.Code, area.Version, area.ToState()), ct);
            return (area, AreaOutcome.Created);
        }

        if (!existing.Apply(input.State)) return (existing, AreaOutcome.Unchanged);
        await events.Publish(new AreaChanged(existing.TenantId, existing.Code, existing.Version, existing.ToState()), ct);
        return (existing, AreaOutcome.Changed);
    }
}
