using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>
/// Every step of an offer's life in one place: the state change, its event (whole state, next
/// version, through the outbox) and its history entry are written in the same unit of work.
/// Callers validate first and save afterwards.
/// </summary>
public sealed class OfferLifecycle(InventoryDbContext db, IPublishEndpoint events, TimeProvider clock)
{
    public const string System = "system";

    /// <summary>Set while an import stores its offers: their events then belong to it (<see cref="ImportBatch"/>).</summary>
    public ImportBatch? Import { get; set; }

    /// <param name="key">The offer's optional external key (see <see cref="Offer.Key"/>).</param>
    public async Task<Offer> RegisterAsync(OfferDetails details, Facility facility, DateOnly? effectiveFrom, string actor, CancellationToken ct, string? key = null)
    {
        var planned = effectiveFrom is { } day && day > Today();
        var offer = new Offer
        {
            Id = Guid.CreateVersion7(),
            TenantId = facility.TenantId,
            Key = key,
            Details = details,
            Status = planned ? OfferStatus.Planned : OfferStatus.Active,
            EffectiveFrom = planned ? effectiveFrom : null,
            Version = 1,
        };
        db.AddRow(offer);
        var state = OfferStates.Build(details, facility, offer.Status, offer.EffectiveFrom);
        Record(offer, actor, "registered", OfferStates.Diff(null, state));
        await events.Publish(new OfferRegistered(offer.TenantId, offer.Id, offer.Version, state, Import?.Next()), ct);
        return offer;
    }

    /// <summary>Changes the offer now. Returns false, and publishes nothing, when nothing changed.</summary>
    /// <remarks>
    /// The state before is built from the facility as stored (its original values), so a facility
    /// changed in the same unit of work (an import) shows in this change's history and event.
    /// </remarks>
    public async Task<bool> ChangeAsync(Offer offer, OfferDetails details, Facility facility, DateOnly? effectiveFrom, string actor, CancellationToken ct)
    {
        var before = await StateAsync(offer, ct, asStored: true);
        offer.Details = details;
        if (offer.Status == OfferStatus.Planned && effectiveFrom is { } day)
        {
            if (day <= Today()) offer.Status = OfferStatus.Active;
            offer.EffectiveFrom = offer.Status == OfferStatus.Planned ? day : null;
        }
        var after = OfferStates.Build(details, facility, offer.Status, offer.EffectiveFrom);
        var changes = OfferStates.Diff(before, after);
        if (changes.Count == 0) return false;

        offer.Version++;
        Record(offer, actor, "changed", changes);
        await events.Publish(new OfferChanged(offer.TenantId, offer.Id, offer.Version, after, Import?.Next()), ct);
        return true;
    }

    public Task<PlannedChange> PlanChangeAsync(Offer offer, OfferDetails details, Facility facility, DateOnly effectiveFrom, string actor, CancellationToken ct) =>
        PlanAsync(new PlannedChange
        {
            Id = Guid.CreateVersion7(), TenantId = offer.TenantId, OfferId = offer.Id, EffectiveFrom = effectiveFrom, Details = details,
        }, offer, facility, $"change planned from {effectiveFrom:yyyy-MM-dd}", actor, ct);

    /// <summary>
    /// The offer is to be withdrawn on <paramref name="effectiveFrom"/> (an agreement's offer after its last day): announced now as a
    /// planned change to the withdrawn state, so the gaps of the weeks ahead already go without it.
    /// </summary>
    public Task<PlannedChange> PlanWithdrawalAsync(Offer offer, Facility facility, DateOnly effectiveFrom, string actor, CancellationToken ct) =>
        PlanAsync(new PlannedChange
        {
            Id = Guid.CreateVersion7(), TenantId = offer.TenantId, OfferId = offer.Id, EffectiveFrom = effectiveFrom, Details = offer.Details, Withdraws = true,
        }, offer, facility, $"withdrawal planned from {effectiveFrom:yyyy-MM-dd}", actor, ct);

    private async Task<PlannedChange> PlanAsync(PlannedChange change, Offer offer, Facility facility, string action, string actor, CancellationToken ct)
    {
        db.PlannedChanges.Add(change);
        offer.Version++;
        var planned = Planned(change, facility);
        Record(offer, actor, action, OfferStates.Diff(await StateAsync(offer, ct), planned));
        await events.Publish(new OfferChangePlanned(offer.TenantId, offer.Id, offer.Version, change.Id, change.EffectiveFrom, planned), ct);
        if (change.EffectiveFrom <= Today()) await TakeEffectAsync(offer, change, actor, ct);
        return change;
    }

    /// <summary>The offer's whole state once <paramref name="change"/> takes effect.</summary>
    private static OfferState Planned(PlannedChange change, Facility facility) =>
        OfferStates.Build(change.Details, facility, change.Withdraws ? OfferStatus.Withdrawn : OfferStatus.Active, null);

    public async Task CancelChangeAsync(Offer offer, PlannedChange change, string actor, CancellationToken ct)
    {
        change.Status = PlannedChangeStatus.Cancelled;
        offer.Version++;
        Record(offer, actor, $"planned change of {change.EffectiveFrom:yyyy-MM-dd} cancelled", []);
        await events.Publish(new OfferChangeCancelled(offer.TenantId, offer.Id, offer.Version, change.Id), ct);
    }

    /// <summary>
    /// A planned offer opens, or a planned change (<paramref name="change"/>) becomes today's offer; a planned withdrawal
    /// withdraws it, and the changes planned after it are called off with it.
    /// </summary>
    public async Task TakeEffectAsync(Offer offer, PlannedChange? change, string actor, CancellationToken ct)
    {
        var before = await StateAsync(offer, ct);
        if (change is null)
        {
            offer.Status = OfferStatus.Active;
            offer.EffectiveFrom = null;
        }
        else if (change.Withdraws)
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.EffectiveFrom = null;
            change.Status = PlannedChangeStatus.TookEffect;
            foreach (var later in await PendingChanges(offer).Where(c => c.Id != change.Id).ToListAsync(ct)) later.Status = PlannedChangeStatus.Cancelled;
        }
        else
        {
            offer.Details = change.Details;
            change.Status = PlannedChangeStatus.TookEffect;
        }
        offer.Version++;
        var after = await StateAsync(offer, ct);
        Record(offer, actor, "took effect", OfferStates.Diff(before, after));
        await events.Publish(new OfferTookEffect(offer.TenantId, offer.Id, offer.Version, change?.Id, after), ct);
    }

    public async Task WithdrawAsync(Offer offer, string actor, CancellationToken ct)
    {
        offer.Status = OfferStatus.Withdrawn;
        offer.EffectiveFrom = null;
        foreach (var change in await PendingChanges(offer).ToListAsync(ct)) change.Status = PlannedChangeStatus.Cancelled;
        offer.Version++;
        Record(offer, actor, "withdrawn", []);
        await events.Publish(new OfferWithdrawn(offer.TenantId, offer.Id, offer.Version), ct);
    }

    /// <summary>
    /// The facility is part of every state the offer's events carry: its offers, and their pending
    /// changes, are announced again so consumers never hold a stale name, place or area.
    /// </summary>
    public async Task FacilityChangedAsync(Offer offer, Facility facility, string actor, CancellationToken ct)
    {
        offer.Version++;
        var state = OfferStates.Build(offer.Details, facility, offer.Status, offer.EffectiveFrom);
        Record(offer, actor, "facility changed", [new FieldChange("facility", null, facility.Name)]);
        await events.Publish(new OfferChanged(offer.TenantId, offer.Id, offer.Version, state, Import?.Next()), ct);
        foreach (var change in await PendingChanges(offer).ToListAsync(ct))
        {
            offer.Version++;
            await events.Publish(new OfferChangePlanned(offer.TenantId, offer.Id, offer.Version, change.Id, change.EffectiveFrom, Planned(change, facility)), ct);
        }
    }

    public IQueryable<PlannedChange> PendingChanges(Offer offer) =>
        db.PlannedChanges.Where(c => c.OfferId == offer.Id && c.Status == PlannedChangeStatus.Pending);

    /// <summary>Planned dates are calendar days in Germany, whatever the server's time zone.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Berlin).DateTime);

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private async Task<OfferState> StateAsync(Offer offer, CancellationToken ct, bool asStored = false)
    {
        // Find answers a tracked facility without a round trip: an import changes thousands of offers in one unit of work.
        var facility = await db.Facilities.FindAsync([offer.Details.FacilityId], ct)
            ?? throw new InvalidOperationException($"The facility {offer.Details.FacilityId} of offer {offer.Id} does not exist.");
        if (asStored && db.Entry(facility).State is EntityState.Unchanged or EntityState.Modified)
            facility = (Facility)db.Entry(facility).OriginalValues.ToObject();
        return OfferStates.Build(offer.Details, facility, offer.Status, offer.EffectiveFrom);
    }

    private void Record(Offer offer, string actor, string action, IReadOnlyList<FieldChange> changes) =>
        db.AddRow(new OfferHistoryEntry
        {
            Id = Guid.CreateVersion7(), TenantId = offer.TenantId, OfferId = offer.Id, At = clock.GetUtcNow(), By = actor, Action = action, Changes = changes,
        });
}
