using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.Agreements;

/// <summary>What changes in the offer; either <paramref name="OfferId"/> (extend an offer) or <paramref name="FacilityId"/> (a new offer there).</summary>
/// <param name="OfferId">The offer to extend; either this or FacilityId.</param>
/// <param name="FacilityId">The facility of a new offer; either this or OfferId.</param>
/// <param name="Category">The care category, at most 40 characters; required.</param>
/// <param name="Name">The offer's name, 1 to 200 characters; no personal data.</param>
/// <param name="AddedPlaces">Places the agreement adds, not negative.</param>
/// <param name="TakesShortTermPlacements">Whether the offer takes short-term placements under the agreement.</param>
/// <param name="From">The day the change takes effect; required.</param>
/// <param name="Until">The last day, if it ends; not before From.</param>
/// <param name="Funding">Who pays and how, at most 1,000 characters; no personal data.</param>
/// <param name="OpeningHours">OpenStreetMap <c>opening_hours</c> syntax; Inventory reads it and refuses what it cannot.</param>
public sealed record TermsRequest(
    Guid? OfferId = null, Guid? FacilityId = null, string? Category = null, string? Name = null, int AddedPlaces = 0, string? OpeningHours = null,
    bool? TakesShortTermPlacements = null, DateOnly? From = null, DateOnly? Until = null, string? Funding = null);

/// <summary>A planner records an agreement; <paramref name="OutreachId"/> links the agreed outreach that led to it.</summary>
/// <param name="PartnerIds">The partners who agreed; at least one, each a partner of the municipality.</param>
/// <param name="GapKeys">The gaps the agreement addresses; at least one, none empty.</param>
/// <param name="Terms">What changes in the offer, and from when; required.</param>
/// <param name="OutreachId">The agreed outreach that led to the agreement, if any.</param>
/// <param name="Kind">One of <see cref="AgreementRequest.Kinds"/>.</param>
public sealed record AgreementRequest(
    string? Kind = null, IReadOnlyList<Guid>? PartnerIds = null, IReadOnlyList<string>? GapKeys = null, TermsRequest? Terms = null, Guid? OutreachId = null)
{
    public static readonly IReadOnlyList<string> Kinds = ["reservedPlaces", "extendedHours", "companyChildcare", "holidayCare", "shuttle", "seniorCareSupport"];

    /// <summary>
    /// The rules that need no database; the partners, gaps and outreach are checked against the
    /// tenant's data afterwards. Returns the terms as they will be announced once every rule holds.
    /// </summary>
    public (RequestValidation Validation, CooperationTerms? Terms) Validate()
    {
        var validation = new RequestValidation()
            .Require(Kind is not null && Kinds.Contains(Kind), "kind", $"The kind of co-operation is required: {string.Join(", ", Kinds)}.")
            .Require(PartnerIds is { Count: > 0 }, "partnerIds", "At least one partner is required.")
            .Require(GapKeys is { Count: > 0 }, "gapKeys", "At least one gap the agreement addresses is required.");
        foreach (var (key, i) in (GapKeys ?? []).Select((k, i) => (k, i)).Where(k => string.IsNullOrWhiteSpace(k.k)))
            validation.Add($"gapKeys[{i}]", "A gap key is required.");
        if (Terms is not { } t)
        {
            validation.Add("terms", "The terms are required: what changes in the offer, and from when.");
            return (validation, null);
        }
        validation
            .Require(t.OfferId is null != t.FacilityId is null, "terms.offerId", "Either the offer to extend or the facility of a new offer, not both.")
            .Require(t.Category?.Trim() is { Length: > 0 and <= 40 }, "terms.category", "The care category is required, at most 40 characters.")
            .Require(t.Name is null || t.Name.Trim() is { Length: > 0 and <= 200 }, "terms.name", "A name has 1 to 200 characters.")
            .Require(t.AddedPlaces >= 0, "terms.addedPlaces", "Added places cannot be negative.")
            .Require(t.OpeningHours is null || t.OpeningHours.Trim() is { Length: > 0 and <= 500 }, "terms.openingHours", "Opening hours, when given, are not empty (at most 500 characters).")
            .Require(t.From is not null, "terms.from", "The day the change takes effect is required.")
            .Require(t.From is null || t.Until is null || t.From <= t.Until, "terms.until", "The agreement cannot end before it starts.")
            .Require(t.Funding is null || t.Funding.Length <= 1000, "terms.funding", "At most 1,000 characters.")
            .RequirePublicText(t.Name, "terms.name")
            .RequirePublicText(t.Funding, "terms.funding");
        return validation.IsValid
            ? (validation, new CooperationTerms(t.OfferId, t.FacilityId, t.Category!.Trim(), t.Name?.Trim(), t.AddedPlaces, t.OpeningHours?.Trim(),
                t.TakesShortTermPlacements, t.From!.Value, t.Until, string.IsNullOrWhiteSpace(t.Funding) ? null : t.Funding.Trim()))
            : (validation, null);
    }
}
