using System.Text.RegularExpressions;
using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.OpeningHours;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>
/// What a planner sends to register an offer, change it, or plan a change of it. Opening hours come
/// in OpenStreetMap <c>opening_hours</c> syntax (e.g. <c>Mo-Fr 07:00-17:00; PH off</c>), the format
/// municipalities already keep them in.
/// </summary>
/// <param name="FacilityId">The facility the offer is given at; must exist.</param>
/// <param name="Name">1 to 200 characters; refused when it holds what identifies a person (it travels in public events).</param>
/// <param name="Category">A known care category code.</param>
/// <param name="Places">Places in all, 0 to 10000.</param>
/// <param name="OpeningHours">OpenStreetMap <c>opening_hours</c> syntax, e.g. <c>Mo-Fr 07:00-17:00; PH off</c>.</param>
/// <param name="TakesShortTermPlacements">Whether the offer takes short-term placements.</param>
/// <param name="TenantCategory">The municipality's own name for the category, 1 to 60 characters; no personal data.</param>
/// <param name="Ages">The ages taken, in months from 0 to 1560, the youngest not above the oldest.</param>
/// <param name="Closures">Periods the offer is closed, at most 50, each ending not before it starts, a reason of at most 200 characters.</param>
/// <param name="Languages">Languages the offer is given in, at most 20, two-letter ISO 639-1 codes in lower case (e.g. <c>pl</c>).</param>
/// <param name="FeeNote">A note on fees, at most 500 characters; no personal data.</param>
/// <param name="OccupiedPlaces">Places taken today; <c>null</c> when not known (occupancy unknown): the offer then counts no place as
/// free in the gap analysis, and capacity gaps name it instead. The field must be sent: left out, the request is refused as before,
/// so that a client forgetting it neither claims every place free (0) nor turns its offers to unknown unawares.</param>
/// <param name="EffectiveFrom">The day the offer or the change takes effect; null or today for now.</param>
/// <param name="Key">Optional external key (<c>osm:node/123</c>, the municipality's id), unique per tenant; null keeps the offer's key.</param>
public sealed partial record OfferRequest(
    Guid FacilityId,
    string Name,
    string Category,
    int Places,
    int? OccupiedPlaces,
    string OpeningHours,
    bool TakesShortTermPlacements = false,
    string? TenantCategory = null,
    AgeRange? Ages = null,
    IReadOnlyList<ClosurePeriod>? Closures = null,
    IReadOnlyList<string>? Languages = null,
    string? FeeNote = null,
    DateOnly? EffectiveFrom = null,
    string? Key = null)
{
    private const int MaxAgeMonths = 130 * 12;

    public RequestValidation Validate(Facility? facility, DateOnly today)
    {
        var validation = new RequestValidation()
            .Require(facility is not null, "facilityId", "Unknown facility.")
            .Require(!string.IsNullOrWhiteSpace(Name) && Name.Length <= 200, "name", "A name of 1 to 200 characters is required.")
            .Require(CareCategories.IsKnown(Category), "category", $"Unknown category; known: {string.Join(", ", CareCategories.Names.Keys)}.")
            .Require(TenantCategory is null || TenantCategory.Trim().Length is > 0 and <= 60, "tenantCategory", "A tenant category has 1 to 60 characters.")
            .Require(Places is >= 0 and <= 10_000, "places", "Places must lie between 0 and 10000.")
            .Require(OccupiedPlaces is null or >= 0, "occupiedPlaces", "Occupied places cannot be negative.")
            .Require(OccupiedPlaces is null || OccupiedPlaces <= Places, "occupiedPlaces", "Occupied places cannot exceed places.")
            .Require(FeeNote is null || FeeNote.Length <= 500, "feeNote", "A fee note has at most 500 characters.")
            .RequirePublicText(Name, "name")
            .RequirePublicText(TenantCategory, "tenantCategory")
            .RequirePublicText(FeeNote, "feeNote")
            .Require(EffectiveFrom is null || EffectiveFrom >= today, "effectiveFrom", "The date a change takes effect cannot lie in the past.")
            .Require(KeyRules.Check(Key) is null && Key?.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) != true, "key",
                KeyRules.Check(Key) ?? $"Keys starting with '{KeyRules.IdPrefix}' are reserved for rows without a key of their own.");
        if (Ages is { } ages)
            validation
                .Require(ages.FromMonths is >= 0 and <= MaxAgeMonths, "ages.fromMonths", $"Ages lie between 0 and {MaxAgeMonths} months.")
                .Require(ages.ToMonths is >= 0 and <= MaxAgeMonths, "ages.toMonths", $"Ages lie between 0 and {MaxAgeMonths} months.")
                .Require(ages.FromMonths <= ages.ToMonths, "ages.toMonths", "The oldest age cannot be below the youngest.");
        if (!ParsedOpeningHours.TryParse(OpeningHours ?? "", out _, out var error))
            validation.Add("openingHours", error!.Message);

        var closures = Closures ?? [];
        validation.Require(closures.Count <= 50, "closures", "At most 50 closure periods.");
        for (var i = 0; i < closures.Count; i++)
            validation
                .Require(closures[i].From <= closures[i].To, $"closures[{i}].to", "A closure cannot end before it starts.")
                .Require(closures[i].Reason is null || closures[i].Reason!.Length <= 200, $"closures[{i}].reason", "A reason has at most 200 characters.")
                .RequirePublicText(closures[i].Reason, $"closures[{i}].reason");

        var languages = Languages ?? [];
        validation.Require(languages.Count <= 20, "languages", "At most 20 languages.");
        for (var i = 0; i < languages.Count; i++)
            validation.Require(LanguageCode().IsMatch(languages[i]), $"languages[{i}]", "A language is a two-letter ISO 639-1 code in lower case, e.g. \"pl\".");
        return validation;
    }

    /// <summary>The decided details, with opening hours in canonical form; call after <see cref="Validate"/> succeeded.</summary>
    public OfferDetails ToDetails() => new(
        FacilityId,
        Name.Trim(),
        Category,
        TenantCategory?.Trim(),
        Ages,
        Places,
        OccupiedPlaces,
        ParsedOpeningHours.Parse(OpeningHours).Canonical,
        (Closures ?? []).OrderBy(c => c.From).ToList(),
        TakesShortTermPlacements,
        (Languages ?? []).Distinct().Order().ToList(),
        string.IsNullOrWhiteSpace(FeeNote) ? null : FeeNote.Trim());

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
