using GutAusgestattet.Contracts;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>What a planner sends to register or change an offer.</summary>
public sealed record OfferRequest(string Name, string Category, string AreaCode, int Places, int OccupiedPlaces)
{
    public RequestValidation Validate() => new RequestValidation()
        .Require(!string.IsNullOrWhiteSpace(Name) && Name.Length <= 200, "name", "A name of 1 to 200 characters is required.")
        .Require(CareCategories.IsKnown(Category), "category", $"Unknown category; known: {string.Join(", ", CareCategories.Names.Keys)}.")
        .Require(!string.IsNullOrWhiteSpace(AreaCode) && AreaCode.Length <= 32, "areaCode", "An area code of 1 to 32 characters is required.")
        .Require(Places >= 0, "places", "Places cannot be negative.")
        .Require(OccupiedPlaces >= 0, "occupiedPlaces", "Occupied places cannot be negative.")
        .Require(OccupiedPlaces <= Places, "occupiedPlaces", "Occupied places cannot exceed places.");

    public void ApplyTo(Offer offer)
    {
        offer.Name = Name.Trim();
        offer.Category = Category;
        offer.AreaCode = AreaCode.Trim();
        offer.Places = Places;
        offer.OccupiedPlaces = OccupiedPlaces;
    }
}
