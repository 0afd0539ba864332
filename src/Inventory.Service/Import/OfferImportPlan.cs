using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Import;

/// <summary>One facility of the file as it will be stored, with the offers the file gives it.</summary>
public sealed class FacilityPlan(string key, OfferRow first, FacilityRequest request, Facility target, Facility? existing)
{
    public string Key { get; } = key;
    public OfferRow First { get; } = first;
    public FacilityRequest Request { get; } = request;
    /// <summary>The new facility, or a copy of the stored one with the request applied (for planning only).</summary>
    public Facility Target { get; } = target;
    public Facility? Existing { get; } = existing;
    /// <summary>The facility as the file states it (area_code possibly empty), which its other rows must repeat.</summary>
    public required FacilityRequest Stated { get; init; }
    public required bool Valid { get; init; }
    public required ImportOutcome Outcome { get; init; }
    /// <summary>Whether what the offers' events carry of the facility changes, so every offer is announced again.</summary>
    public required bool StateChanged { get; init; }
    public List<OfferPlan> Offers { get; } = [];
    /// <summary>Why the facility comes out as it does (its area, its changed fields), on each of its rows.</summary>
    public List<ImportReason> Reasons { get; } = [];
}

/// <summary>One row of the file: what its offer becomes, with the details to store when it is created or changed.</summary>
public sealed record OfferPlan(OfferRow Row, FacilityPlan? Facility, Offer? Existing, OfferDetails? Details, ImportOutcome Outcome, int? Version)
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

/// <summary>
/// Plans an offer import against the tenant's facilities, offers and areas, changing nothing (<see cref="OfferImporter"/>
/// stores it). The rows are checked by the rules of the JSON API (<see cref="FacilityRequest"/>, <see cref="OfferRequest"/>)
/// and matched by key; a row the same as stored is unchanged. A facility without area_code is placed by
/// <see cref="AreaPlacement"/> (the polygon containing it, else the nearest centre); an area_code in the file is kept, with a
/// reason when the point lies in another area's polygon; an area a planner corrected (<see cref="Facility.AreaCorrectedAt"/>)
/// is kept against both, the conflict named in the row's reasons (<see cref="ImportReasons"/>).
/// </summary>
/// <param name="Errors">The file's errors and the rows' refusals; any refuses the whole file.</param>
public sealed record OfferImportPlan(IReadOnlyList<FacilityPlan> Facilities, IReadOnlyList<OfferPlan> Offers, IReadOnlyList<ImportError> Errors)
{
    /// <summary>Whether storing the plan would write anything.</summary>
    public bool AnyChange => Offers.Any(o => o.Outcome is ImportOutcome.Created or ImportOutcome.Changed) || Facilities.Any(f => f.Outcome != ImportOutcome.Unchanged);

    /// <param name="today">In Berlin: opening and planned dates are checked against it.</param>
    public static OfferImportPlan Make(OfferFile file, IReadOnlyCollection<Facility> facilities, IReadOnlyCollection<Offer> offers, AreaPlacement areas, string tenantId, DateOnly today)
    {
        var errors = new List<ImportError>(file.Errors);
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

            details = details! with { FacilityId = facility.Target.Id, Closures = existing?.Details.Closures ?? [], Reserved = existing?.Details.Reserved };
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
        return new OfferImportPlan(facilityPlans.Values.ToList(), offerPlans, errors);
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
        var valid = errors.Count == before;
        var plan = new FacilityPlan(key, row, request, target, existing)
        {
            Stated = stated,
            Valid = valid,
            Outcome = !valid ? ImportOutcome.Invalid : existing is null ? ImportOutcome.Created : changed ? ImportOutcome.Changed : ImportOutcome.Unchanged,
            StateChanged = existing is not null && (existing.ToState() != target.ToState() || existing.AreaCode != target.AreaCode),
        };
        if (valid) plan.Reasons.AddRange(reasons);
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

    /// <summary>The key stored for a row's key: none for <c>id:</c> references.</summary>
    private static string? StoredKey(string? key) => key is not null && key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) ? null : key;

    private static readonly Facility Placeholder = new() { TenantId = "", Name = "", AreaCode = "" };
}
