using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Imports facilities and offers, all or nothing. The rows are checked by the rules of the JSON API
/// (<see cref="FacilityRequest"/>, <see cref="OfferRequest"/>) and matched by key against the tenant's
/// rows; then, in one transaction, every new offer goes through <see cref="OfferLifecycle.RegisterAsync"/>
/// and every changed one through <see cref="OfferLifecycle.ChangeAsync"/> (the offers of a changed
/// facility that the file does not name through <see cref="OfferLifecycle.FacilityChangedAsync"/>), so
/// each gets its event in the outbox and its history entry. Rows the same as stored are not touched.
/// For speed the change tracker's automatic detection is off, new rows are staged outside it and
/// written by COPY (PostgreSQL), and the work is saved in chunks of facilities with their offers, the
/// tracker cleared between them; the transaction makes it one import.
/// A facility without area_code is placed by <see cref="AreaPlacement"/> (the polygon containing it, else the nearest
/// centre); an area_code in the file is kept, with a reason when the point lies in another area's polygon; an area a
/// planner corrected (<see cref="Facility.AreaCorrectedAt"/>) is kept against both, the conflict named in the row's
/// reasons (<see cref="ImportReasons"/>).
/// </summary>
public sealed class OfferImporter(InventoryDbContext db, OfferLifecycle lifecycle, IPublishEndpoint events, TenantContext tenant)
{
    /// <summary>Offers per chunk: each is written (COPY, or SaveChanges elsewhere) while the next goes through the lifecycle; small enough to keep the tracker cheap where rows are tracked.</summary>
    public int ChunkSize { get; set; } = 5_000;

    private sealed class FacilityPlan(string key, OfferRow first, FacilityRequest request, Facility target, Facility? existing)
    {
        public string Key { get; } = key;
        public OfferRow First { get; } = first;
        public FacilityRequest Request { get; } = request;
        /// <summary>The new facility, or a copy of the stored one with the request applied (for planning only).</summary>
        public Facility Target { get; } = target;
        public Facility? Existing { get; } = existing;
        /// <summary>The facility as the file states it (area_code possibly empty), which its other rows must repeat.</summary>
        public required FacilityRequest Stated { get; init; }
        public bool Valid { get; set; }
        public ImportOutcome Outcome { get; set; }
        /// <summary>Whether what the offers' events carry of the facility changes, so every offer is announced again.</summary>
        public bool StateChanged { get; set; }
        public List<OfferPlan> Offers { get; } = [];
        /// <summary>Why the facility comes out as it does (its area, its changed fields), on each of its rows.</summary>
        public List<ImportReason> Reasons { get; } = [];
    }

    private sealed record OfferPlan(OfferRow Row, FacilityPlan? Facility, Offer? Existing, OfferDetails? Details, ImportOutcome Outcome, int? Version)
    {
        /// <summary>The offer's own changed fields; null when it is new, unchanged or invalid.</summary>
        public List<FieldChange>? Changes { get; init; }

        public IReadOnlyList<ImportReason> Reasons()
        {
            if (Outcome == ImportOutcome.Invalid) return [];
            var reasons = (Facility?.Reasons ?? []).Concat(Changes is null ? [] : ImportReasons.OfferChanges(Changes)).ToList();
            return reasons.Count == 0 && Outcome == ImportOutcome.Unchanged ? ImportReasons.Unchanged : reasons;
        }
    }

    public async Task<ImportReport> ImportAsync(OfferFile file, bool dryRun, string actor, CancellationToken ct)
    {
        // The database connection retries transient failures; a retry starts over from reading the
        // tenant's rows, so nothing planned or staged by the failed attempt is reused.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            return await AttemptAsync(file, dryRun, actor, token);
        }, ct);
    }

    private async Task<ImportReport> AttemptAsync(OfferFile file, bool dryRun, string actor, CancellationToken ct)
    {
        var tenantId = tenant.Required.Value;
        var facilities = await db.Facilities.AsNoTracking().ToListAsync(ct);
        var offers = await db.Offers.AsNoTracking().ToListAsync(ct);
        var areas = new AreaPlacement(await db.Areas.AsNoTracking().Select(a => new PlacedArea(a.Code, a.Name, a.Latitude, a.Longitude, a.Outline)).ToListAsync(ct));

        var errors = new List<ImportError>(file.Errors);
        var (facilityPlans, offerPlans) = Plan(file, facilities, offers, areas, tenantId, errors);
        var store = errors.Count == 0 && !dryRun;
        var anyChange = offerPlans.Any(o => o.Outcome is ImportOutcome.Created or ImportOutcome.Changed) || facilityPlans.Any(f => f.Outcome != ImportOutcome.Unchanged);
        if (store && anyChange)
            await StoreAsync(facilityPlans, offers, actor, ct);

        var rows = offerPlans.Select(o => new ImportRow(o.Row.Line, o.Row.Feature, null, o.Outcome, o.Version, o.Row.OfferKey, o.Row.FacilityKey, o.Reasons())).ToList();
        return new ImportReport(file.Format, dryRun, store, rows.Count,
            rows.Count(r => r.Outcome == ImportOutcome.Created), rows.Count(r => r.Outcome == ImportOutcome.Changed),
            rows.Count(r => r.Outcome == ImportOutcome.Unchanged), rows.Count(r => r.Outcome == ImportOutcome.Invalid),
            file.IgnoredColumns, rows, errors,
            new FacilityCounts(facilityPlans.Count(f => f.Outcome == ImportOutcome.Created), facilityPlans.Count(f => f.Outcome == ImportOutcome.Changed),
                facilityPlans.Count(f => f.Outcome == ImportOutcome.Unchanged)),
            file.Warnings, file.UnknownOperators, RowOffers.Of(file));
    }

    private (List<FacilityPlan>, List<OfferPlan>) Plan(
        OfferFile file, List<Facility> facilities, List<Offer> offers, AreaPlacement areas, string tenantId, List<ImportError> errors)
    {
        var today = lifecycle.Today();
        var facilitiesByKey = facilities.ToDictionary(f => KeyRules.LookupKey(f.Key, f.Id), StringComparer.Ordinal);
        var facilitiesById = facilities.ToDictionary(f => f.Id);
        var offersByKey = offers.ToDictionary(o => KeyRules.LookupKey(o.Key, o.Id), StringComparer.Ordinal);
        var facilityPlans = new Dictionary<string, FacilityPlan>(StringComparer.Ordinal);
        var offerRows = new Dictionary<string, OfferRow>(StringComparer.Ordinal);
        var offerPlans = new List<OfferPlan>(file.Rows.Count);

        // The offer rules (opening hours, languages …) depend on the row alone: check them on both cores first.
        var prepared = new (RequestValidation Validation, OfferDetails? Details)[file.Rows.Count];
        Parallel.For(0, file.Rows.Count, i =>
        {
            var request = file.Rows[i].Offer with { FacilityId = Guid.Empty, Key = StoredKey(file.Rows[i].OfferKey) };
            var validation = request.Validate(Placeholder, today);
            prepared[i] = (validation, validation.IsValid ? request.ToDetails() : null);
        });

        for (var index = 0; index < file.Rows.Count; index++)
        {
            var row = file.Rows[index];
            var before = errors.Count;
            // A field reported once (by the reader or here) is not reported again by a later rule.
            var reported = new HashSet<string>(row.Reported, StringComparer.Ordinal);
            void Report(RequestValidation validation, string prefix = "")
            {
                foreach (var (field, rules) in validation.Errors)
                    if (reported.Add(prefix + field))
                        errors.AddRange(rules.Select(rule => row.Error(prefix + field, rule)));
            }
            void Fail(string field, string rule)
            {
                if (reported.Add(field)) errors.Add(row.Error(field, rule));
            }

            var facility = PlanFacility(row, facilitiesByKey, facilityPlans, areas, tenantId, errors, Report, Fail);

            // The offer: its key, then the rules of the JSON API.
            var key = row.OfferKey;
            Offer? existing = null;
            if (key is null) Fail("key", "An offer key is required: it names the offer in every later import (e.g. the municipality's id, 'osm:node/123').");
            else if (KeyRules.Check(key) is { } keyRule) Fail("key", keyRule);
            else if (offerRows.TryGetValue(key, out var earlier)) Fail("key", $"The offer key '{key}' occurs already on {earlier.Where}; each offer once per file.");
            else
            {
                offerRows[key] = row;
                existing = offersByKey.GetValueOrDefault(key);
                if (existing is null && key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal))
                    Fail("key", $"No offer of the municipality has the id in '{key}'; keys starting with '{KeyRules.IdPrefix}' name existing offers without a key.");
                else if (existing?.Status == OfferStatus.Withdrawn)
                    Fail("key", $"The offer '{key}' was withdrawn; give it a new key to register it again.");
            }

            // The file does not carry closures: those entered in the inventory are kept (and were valid when stored).
            var (validation, details) = prepared[index];
            Report(validation);

            if (errors.Count > before || details is null || facility is not { Valid: true })
            {
                if (errors.Count == before && details is not null) Fail("facilityId", $"The facility of this row, first stated on {facility?.First.Where ?? "this row"}, is invalid.");
                var invalid = new OfferPlan(row, facility, existing, null, ImportOutcome.Invalid, null);
                offerPlans.Add(invalid);
                continue;
            }

            details = details! with { FacilityId = facility.Target.Id, Closures = existing?.Details.Closures ?? [] };
            OfferPlan plan;
            if (existing is null) plan = new OfferPlan(row, facility, null, details, ImportOutcome.Created, 1);
            else
            {
                // What OfferLifecycle.ChangeAsync will find: the same state before and after is no change.
                var stored = OfferStates.Build(existing.Details, facilitiesById[existing.Details.FacilityId], existing.Status, existing.EffectiveFrom);
                var after = OfferStates.Build(details, facility.Target, existing.Status, existing.EffectiveFrom);
                var changes = OfferStates.Diff(stored, after);
                plan = changes.Count > 0
                    ? new OfferPlan(row, facility, existing, details, ImportOutcome.Changed, existing.Version + 1) { Changes = changes }
                    : new OfferPlan(row, facility, existing, details, ImportOutcome.Unchanged, existing.Version);
            }
            facility.Offers.Add(plan);
            offerPlans.Add(plan);
        }
        return (facilityPlans.Values.ToList(), offerPlans);
    }

    private static FacilityPlan? PlanFacility(OfferRow row, Dictionary<string, Facility> facilitiesByKey, Dictionary<string, FacilityPlan> facilityPlans,
        AreaPlacement areas, string tenantId, List<ImportError> errors, Action<RequestValidation, string> report, Action<string, string> fail)
    {
        if (row.FacilityKey is not { } key)
        {
            fail("facility.key", "A facility key is required: the rows of one facility share it, and later imports find the facility by it.");
            return null;
        }
        if (KeyRules.Check(key) is { } keyRule)
        {
            fail("facility.key", keyRule);
            return null;
        }

        // As the file states it; the area is settled once, on the facility's first row.
        var stated = row.Facility with { Key = key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) ? null : key };
        if (facilityPlans.TryGetValue(key, out var known))
        {
            // A facility's columns are repeated on each of its rows; they must say the same.
            if (stated != known.Stated)
            {
                var differing = new[]
                {
                    ("name", stated.Name != known.Stated.Name), ("operatorType", stated.OperatorType != known.Stated.OperatorType),
                    ("address", stated.Address != known.Stated.Address), ("latitude", stated.Latitude != known.Stated.Latitude),
                    ("longitude", stated.Longitude != known.Stated.Longitude), ("areaCode", stated.AreaCode != known.Stated.AreaCode),
                }.Where(d => d.Item2).Select(d => d.Item1).DefaultIfEmpty("name");
                foreach (var field in differing)
                    fail(FieldNames.FacilityPrefix + field, $"Differs from {known.First.Where}; the facility '{key}' is stated the same on each of its rows.");
            }
            return known;
        }

        var existing = facilitiesByKey.GetValueOrDefault(key);
        var before = errors.Count;
        var reasons = new List<ImportReason>();
        var request = Place(stated, existing, areas, reasons, fail);
        if (existing is null && key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal))
            fail("facility.key", $"No facility of the municipality has the id in '{key}'; keys starting with '{KeyRules.IdPrefix}' name existing facilities without a key.");
        report(request.Validate(areas.Codes), FieldNames.FacilityPrefix);

        var target = existing is null
            ? new Facility { Id = Guid.CreateVersion7(), TenantId = tenantId, Name = "", AreaCode = "" }
            : new Facility
            {
                Id = existing.Id, TenantId = existing.TenantId, Key = existing.Key, Name = existing.Name, OperatorType = existing.OperatorType,
                Address = existing.Address, Latitude = existing.Latitude, Longitude = existing.Longitude, AreaCode = existing.AreaCode,
            };
        var changed = request.ApplyTo(target) || target.Key != existing?.Key;
        if (existing is not null) reasons.AddRange(ImportReasons.FacilityChanges(existing, target));
        var plan = new FacilityPlan(key, row, request, target, existing)
        {
            Stated = stated,
            Valid = errors.Count == before,
            Outcome = existing is null ? ImportOutcome.Created : changed ? ImportOutcome.Changed : ImportOutcome.Unchanged,
            StateChanged = existing is not null && (existing.ToState() != target.ToState() || existing.AreaCode != target.AreaCode),
        };
        if (!plan.Valid) plan.Outcome = ImportOutcome.Invalid;
        else plan.Reasons.AddRange(reasons);
        facilityPlans[key] = plan;
        return plan;
    }

    /// <summary>
    /// The facility's area: the file's area_code if it states one (with a reason when the point lies in another area's
    /// polygon), else where <see cref="AreaPlacement"/> puts the point; but an area a planner corrected stays, the conflict
    /// named. A reason says where a new or moved facility's area came from.
    /// </summary>
    private static FacilityRequest Place(FacilityRequest stated, Facility? existing, AreaPlacement areas, List<ImportReason> reasons, Action<string, string> fail)
    {
        PlacementBasis? basis = null;
        var area = stated.AreaCode;
        if (area.Length == 0)
        {
            if (areas.Place(stated.Latitude, stated.Longitude) is not { } placement)
            {
                fail("facility.areaCode", "The municipality has no areas yet, so the facility cannot be placed in the nearest one: import the areas under /api/areas/import first.");
                return stated;
            }
            (area, basis) = (placement.Area.Code, placement.Basis);
        }
        else if (areas.Containing(stated.Latitude, stated.Longitude) is { } containing && containing.Code != area)
            reasons.Add(ImportReasons.GivenElsewhere(area, containing));

        if (existing is { AreaCorrectedAt: { } corrected } && existing.AreaCode != area)
        {
            reasons.Add(ImportReasons.CorrectionKept(existing.AreaCode, corrected, area));
            return stated with { AreaCode = existing.AreaCode };
        }
        if (existing?.AreaCode != area && areas.Find(area) is { } placed)
            reasons.Add(ImportReasons.Area(basis, placed, existing?.AreaCode));
        return stated with { AreaCode = area };
    }

    private async Task StoreAsync(List<FacilityPlan> facilities, List<Offer> offers, string actor, CancellationToken ct)
    {
        var named = facilities.SelectMany(f => f.Offers).Where(o => o.Existing is not null).Select(o => o.Existing!.Id).ToHashSet();
        var others = offers.Where(o => o.Status != OfferStatus.Withdrawn && !named.Contains(o.Id)).ToLookup(o => o.Details.FacilityId);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // New rows (most of an import) skip the change tracker and go by COPY; see StoreChunkAsync.
            using var staging = BulkCopy.Applies(db) ? db.StageAddedRows() : null;
            var chunk = new List<FacilityPlan>();
            var size = 0;
            var copying = Task.CompletedTask;
            lifecycle.Import = new ImportBatch();
            try
            {
                foreach (var facility in facilities)
                {
                    chunk.Add(facility);
                    size += facility.Offers.Count + (facility.StateChanged ? others[facility.Target.Id].Count() : 0);
                    if (size < ChunkSize) continue;
                    copying = await StoreChunkAsync(chunk, others, copying, actor, last: false, ct);
                    chunk.Clear();
                    size = 0;
                }
                copying = await StoreChunkAsync(chunk, others, copying, actor, last: true, ct);
            }
            finally
            {
                lifecycle.Import = null;
                // Never leave a copy running on the connection, whatever failed.
                await copying.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            await copying;
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Stages one chunk through the lifecycle and starts writing it; returns the running copy, so the
    /// next chunk is staged (CPU) while this one is written (database). A chunk that reads from the
    /// database (changed offers and facilities) first waits for the copy before it: one connection.
    /// The <paramref name="last"/> chunk, perhaps empty, ends with the import's closing event.
    /// </summary>
    private async Task<Task> StoreChunkAsync(List<FacilityPlan> chunk, ILookup<Guid, Offer> others, Task copying, string actor, bool last, CancellationToken ct)
    {
        if (chunk.Any(f => f.StateChanged || f.Offers.Any(o => o.Outcome == ImportOutcome.Changed))) await copying;

        // Facilities first, so the offers' states are built from the tracked (and, when changed, updated) facility.
        foreach (var facility in chunk)
        {
            if (facility.Existing is not { } existing)
            {
                db.AddRow(facility.Target);
                continue;
            }
            db.Facilities.Attach(existing);
            if (facility.Outcome != ImportOutcome.Changed) continue;
            facility.Request.ApplyTo(existing);
            db.Entry(existing).DetectChanges();
        }

        foreach (var facility in chunk)
        {
            var entity = facility.Existing ?? facility.Target;
            foreach (var offer in facility.Offers)
            {
                if (offer.Outcome == ImportOutcome.Created)
                    await lifecycle.RegisterAsync(offer.Details!, entity, null, actor, ct, offer.Row.Offer.Key is { } key && !key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) ? key : null);
                else if (offer.Outcome == ImportOutcome.Changed)
                {
                    db.Offers.Attach(offer.Existing!);
                    await lifecycle.ChangeAsync(offer.Existing!, offer.Details!, entity, null, actor, ct);
                    db.Entry(offer.Existing!).DetectChanges();
                }
            }
            if (!facility.StateChanged) continue;
            foreach (var other in others[entity.Id])
            {
                db.Offers.Attach(other);
                await lifecycle.FacilityChangedAsync(other, entity, actor, ct);
                db.Entry(other).DetectChanges();
            }
        }
        if (last && lifecycle.Import is { } import)
            await events.Publish(new OffersImported(tenant.Required.Value, import.Id, import.Events), ct);

        if (!BulkCopy.Applies(db))
        {
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return Task.CompletedTask;
        }

        // The staged new rows by COPY, the changed ones by SaveChanges; one transaction.
        var rows = BulkCopy.Take(db);
        await copying;
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        var next = Task.Run(() => rows.WriteAsync(connection, ct), ct);
        if (db.ChangeTracker.HasChanges())
        {
            await next;
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return next;
    }

    /// <summary>The key stored for a row's key: none for <c>id:</c> references.</summary>
    private static string? StoredKey(string? key) => key is not null && key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) ? null : key;

    private static readonly Facility Placeholder = new() { TenantId = "", Name = "", AreaCode = "" };
}
