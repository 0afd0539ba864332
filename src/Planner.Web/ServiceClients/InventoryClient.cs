using System.Text.Json.Serialization;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Inventory.Service: the municipality's areas, facilities and offers, the reading of opening hours, imports and planned changes.</summary>
public sealed class InventoryClient(HttpClient http, ILogger<InventoryClient> log) : ServiceClient(http, log, PlatformService.Inventory)
{
    public Task<ServiceResult<List<Area>>> AreasAsync(CancellationToken ct) => GetAsync<List<Area>>("/api/areas", ct);

    /// <summary>The areas with their outlines, for the map; the plain list leaves them out, as the other pages need only names.</summary>
    public async Task<ServiceResult<List<Area>>> AreasWithOutlinesAsync(CancellationToken ct)
    {
        var features = await GetAsync<AreaFeatures>("/api/areas?format=geojson", ct);
        return new ServiceResult<List<Area>>(features.Service, features.Outcome, features.Value?.Areas(), features.Problem);
    }

    public Task<ServiceResult<List<Offer>>> OffersAsync(CancellationToken ct) => GetAsync<List<Offer>>("/api/offers", ct);

    public Task<ServiceResult<Offer>> OfferAsync(Guid id, CancellationToken ct) => GetAsync<Offer>($"/api/offers/{id}", ct);

    public Task<ServiceResult<List<Facility>>> FacilitiesAsync(CancellationToken ct) => GetAsync<List<Facility>>("/api/facilities", ct);

    public Task<ServiceResult<Facility>> FacilityAsync(Guid id, CancellationToken ct) => GetAsync<Facility>($"/api/facilities/{id}", ct);

    public Task<ServiceResult<Facility>> RegisterFacilityAsync(FacilityChange facility, CancellationToken ct) => PostAsync<Facility>("/api/facilities", facility, ct);

    /// <summary>Inventory announces each of the facility's offers again, as their events carry the facility.</summary>
    public Task<ServiceResult<Facility>> ChangeFacilityAsync(Guid id, FacilityChange facility, CancellationToken ct) => PutAsync<Facility>($"/api/facilities/{id}", facility, ct);

    /// <summary>A new offer, active now or planned from <see cref="OfferChange.EffectiveFrom"/>.</summary>
    public Task<ServiceResult<Offer>> RegisterOfferAsync(OfferChange offer, CancellationToken ct) => PostAsync<Offer>("/api/offers", offer, ct);

    /// <summary>Changes the offer now; Inventory takes no version, so the page compares it before (see <see cref="Offer.Version"/>).</summary>
    public Task<ServiceResult<Offer>> ChangeOfferAsync(Guid id, OfferChange offer, CancellationToken ct) => PutAsync<Offer>($"/api/offers/{id}", offer, ct);

    /// <summary>Closes the offer for good (Inventory's withdrawal); its history stays.</summary>
    public Task<ServiceResult<Done>> WithdrawOfferAsync(Guid id, CancellationToken ct) => DeleteAsync($"/api/offers/{id}", ct);

    public Task<ServiceResult<List<OfferHistoryEntry>>> HistoryAsync(Guid id, CancellationToken ct) => GetAsync<List<OfferHistoryEntry>>($"/api/offers/{id}/history", ct);

    /// <summary>The week an opening_hours text means, or (refused) the rule it breaks at <c>openingHours</c>.</summary>
    public Task<ServiceResult<OpeningHoursWeek>> WeekAsync(string openingHours, CancellationToken ct) =>
        GetAsync<OpeningHoursWeek>($"/api/opening-hours/week?openingHours={Uri.EscapeDataString(openingHours)}", ct);

    /// <summary>Checks (dry run) or imports a whole file, all or nothing; refused, the problem carries the report with every error.</summary>
    public Task<ServiceResult<ImportReport>> ImportAsync(ImportFile file, bool dryRun, CancellationToken ct) => ImportFileAsync<ImportReport>(file, dryRun, ct);

    public Task<ServiceResult<PlannedChange>> PlanChangeAsync(Guid offerId, OfferChange change, CancellationToken ct) =>
        PostAsync<PlannedChange>($"/api/offers/{offerId}/planned-changes", change, ct);

    public Task<ServiceResult<Done>> CancelChangeAsync(Guid offerId, Guid changeId, CancellationToken ct) =>
        DeleteAsync($"/api/offers/{offerId}/planned-changes/{changeId}", ct);

    /// <summary>The offer and planned change an agreement brought; not found until Inventory has taken the agreement in.</summary>
    public Task<ServiceResult<Cooperation>> CooperationAsync(Guid agreementId, CancellationToken ct) => GetAsync<Cooperation>($"/api/cooperations/{agreementId}", ct);

    /// <summary>The adaptation started earlier than planned: the planned change becomes today's offer now.</summary>
    public Task<ServiceResult<Offer>> TakeEffectAsync(Guid offerId, Guid changeId, CancellationToken ct) =>
        PostAsync<Offer>($"/api/offers/{offerId}/planned-changes/{changeId}/take-effect", new { }, ct);
}

/// <param name="Latitude">Of the area's centre, WGS 84 degrees.</param>
/// <param name="Outline">
/// The boundary's polygons, each a list of rings (the first the outside, any others holes) of [longitude, latitude]
/// corners; only from <see cref="InventoryClient.AreasWithOutlinesAsync"/>, and null where none was imported.
/// </param>
public sealed record Area(string Code, string Name, double Latitude, double Longitude, double[][][][]? Outline = null);

/// <param name="OperatorType"><c>municipal</c>, <c>welfare</c>, <c>private</c>, <c>company</c> or <c>other</c>.</param>
public sealed record Facility(Guid Id, string? Key, string Name, string OperatorType, string? Address, double Latitude, double Longitude, string AreaCode);

/// <summary>What a facility is to be, as Inventory's facility request; its key is left as it is.</summary>
public sealed record FacilityChange(string Name, string OperatorType, double Latitude, double Longitude, string AreaCode, string? Address);

/// <summary>One step of an offer's life: who did what when, each changed field with its JSON value before and after.</summary>
public sealed record OfferHistoryEntry(DateTimeOffset At, string By, string Action, IReadOnlyList<FieldChange> Changes);

public sealed record FieldChange(string Field, string? From, string? To);

/// <param name="FreePlaces">Null when the offer's occupancy is unknown.</param>
/// <param name="State">The offer as it is today (or will be, for a planned offer); Inventory calls it "offer".</param>
public sealed record Offer(
    Guid Id, string? Key, int Version, int? FreePlaces, [property: JsonPropertyName("offer")] OfferState State, IReadOnlyList<PlannedChange> PlannedChanges);

/// <param name="PlannedChangeId">Null when the agreement created a new offer.</param>
/// <param name="EndChangeId">The planned change that ends what the agreement added, the day after its last; null when open-ended.</param>
public sealed record Cooperation(Guid AgreementId, Guid? OfferId, Guid? PlannedChangeId, Guid? EndChangeId, bool Ended);

/// <summary>A change of an offer waiting for its day.</summary>
/// <param name="Withdraws">The offer is withdrawn on the day (an agreement's new offer after its last day).</param>
public sealed record PlannedChange(Guid Id, DateOnly EffectiveFrom, PlannedDetails Details, bool Withdraws);

/// <param name="OccupiedPlaces">Null when the occupancy is unknown.</param>
public sealed record PlannedDetails(string Name, int Places, int? OccupiedPlaces, string OpeningHours);

public sealed record OpeningHoursWeek(string OpeningHours, bool ClosedOnPublicHolidays, IReadOnlyList<WeeklyInterval> Intervals);

/// <summary>The whole state an offer is to have from <paramref name="EffectiveFrom"/> (null: now), as Inventory's offer request.</summary>
/// <param name="OccupiedPlaces">Null: occupancy unknown — sent as null, as Inventory requires the field (the service calls leave other nulls out).</param>
public sealed record OfferChange(
    Guid FacilityId, string Name, string Category, int Places, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? OccupiedPlaces, string OpeningHours, bool TakesShortTermPlacements,
    string? TenantCategory, AgeRange? Ages, IReadOnlyList<ClosurePeriod> Closures, IReadOnlyList<string> Languages, string? FeeNote, DateOnly? EffectiveFrom)
{
    /// <summary>The offer as it is, with new hours and places from a day on; everything else stays, an unknown occupancy too.</summary>
    public static OfferChange Of(OfferState offer, string openingHours, int places, DateOnly effectiveFrom) =>
        new(offer.Facility.FacilityId, offer.Name, offer.Category, places, offer.OccupancyKnown ? Math.Min(offer.OccupiedPlaces, places) : null, openingHours, offer.TakesShortTermPlacements,
            offer.TenantCategory, offer.Ages, offer.Closures, offer.Languages, offer.FeeNote, effectiveFrom);

    /// <summary>A new offer as a what-if tried it — hours and places, none taken yet — opening on a day; the rest is added on its page.</summary>
    public static OfferChange New(Guid facilityId, string name, string category, int places, string openingHours, DateOnly effectiveFrom) =>
        new(facilityId, name, category, places, 0, openingHours, false, null, null, [], [], null, effectiveFrom);
}

/// <summary>
/// A file for one of the imports: Inventory's areas (<c>/api/areas/import</c>) or facilities with their offers
/// (<c>/api/inventory/import</c>), or Partners' partners (<c>/api/partners/import</c>).
/// </summary>
public sealed record ImportFile(string Path, string Content, string MediaType);

/// <summary>What an import did, or would do: counts, every row's outcome, every error with its line or feature and field.</summary>
/// <param name="Warnings">An offer import's notes on what it read other than written (tidied opening hours …).</param>
/// <param name="UnknownOperators">An offer import's operators named but not recognised.</param>
/// <param name="OffersPerRow">An offer import's offers by category per row of the file.</param>
public sealed record ImportReport(
    string Format, bool DryRun, bool Stored, int Total, int Created, int Changed, int Unchanged, int Invalid,
    IReadOnlyList<string> IgnoredColumns, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ImportWarning>? Warnings = null, IReadOnlyList<UnknownOperator>? UnknownOperators = null, IReadOnlyList<RowOffers>? OffersPerRow = null);

/// <summary>Something an import took in other than written, saying how; the message is the service's, in English.</summary>
public sealed record ImportWarning(int? Line, int? Feature, string Field, string Message);

/// <summary>An operator named in the file that the import did not recognise, with the lines or features naming it.</summary>
public sealed record UnknownOperator(string Name, IReadOnlyList<int> Lines, IReadOnlyList<int> Features);

/// <summary>How many offers of which category one row of the file gave.</summary>
public sealed record RowOffers(int? Line, int? Feature, IReadOnlyDictionary<string, int> Offers);

/// <summary>Why an offer import's row comes out as it does: a stable code, the service's English text, the arguments in the code's order.</summary>
public sealed record ImportReason(string Code, string Text, IReadOnlyList<string> Arguments);

/// <param name="Outcome"><c>created</c>, <c>changed</c>, <c>unchanged</c> or <c>invalid</c>.</param>
/// <param name="PartnerKey">A partner import's row: the partner it belongs to (<c>hr:HRB 4711</c>, <c>name:…</c>).</param>
/// <param name="Reasons">An offer import's row: what would change and why, as codes with arguments (<see cref="Imports.ImportReasonTexts"/>).</param>
public sealed record ImportRow(
    int? Line, int? Feature, string? Code, string Outcome, string? Key, string? FacilityKey, string? PartnerKey = null, IReadOnlyList<ImportReason>? Reasons = null)
{
    /// <summary>What the row is known by, whichever import it came from.</summary>
    public string Shown => Code ?? Key ?? PartnerKey ?? "";
}
