using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Persistence;
using MassTransit;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// Defines or changes an area and publishes what happened, for PUT and import alike: a new code is
/// <see cref="AreaDefined"/>, a new name, centre or outline is <see cref="AreaChanged"/>, the same state is
/// nothing at all (no version, no event), so repeating a request or a file is harmless. The events carry the outline
/// because Gaps draws the areas in its GeoJSON export; Surveys and Partners measure between centres and ignore it.
/// </summary>
public static class AreaChanges
{
    public static ImportOutcome Plan(Area? existing, AreaInput input) =>
        existing is null ? ImportOutcome.Created
        : existing.Matches(input) ? ImportOutcome.Unchanged
        : ImportOutcome.Changed;

    /// <summary>Tracks the change and writes its event to the outbox; the caller saves both together.</summary>
    public static async Task<(Area Area, ImportOutcome Outcome)> Stage(
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
                Outline = input.OutlineOf(null),
            };
            db.Areas.Add(area);
            await events.Publish(new AreaDefined(area.TenantId, area.Code, area.Version, area.ToState(), area.Outline), ct);
            return (area, ImportOutcome.Created);
        }

        if (existing.Matches(input)) return (existing, ImportOutcome.Unchanged);
        existing.Change(input);
        await events.Publish(new AreaChanged(existing.TenantId, existing.Code, existing.Version, existing.ToState(), existing.Outline), ct);
        return (existing, ImportOutcome.Changed);
    }
}
