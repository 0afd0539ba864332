using GutAusgestattet.Inventory.Import;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Facilities;

/// <summary>What a planner sends to register or change a facility.</summary>
/// <param name="Name">1 to 200 characters; refused when it holds what identifies a person.</param>
/// <param name="OperatorType">Who runs the facility: one of the known operator types.</param>
/// <param name="Latitude">Between -90 and 90.</param>
/// <param name="Longitude">Between -180 and 180.</param>
/// <param name="AreaCode">An area already defined under /api/areas.</param>
/// <param name="Address">At most 300 characters.</param>
/// <param name="Key">Optional external key (<c>osm:node/123</c>, the municipality's id), unique per tenant; null keeps the facility's key.</param>
/// <param name="AreaCorrection">
/// Whether the area is a planner's correction that imports keep (<see cref="Facility.AreaCorrectedAt"/>): true marks it, false
/// hands the area back to the imports; left out, a changed area counts as a correction. Imports never set it.
/// </param>
public sealed record FacilityRequest(
    string Name, OperatorType OperatorType, double Latitude, double Longitude, string AreaCode, string? Address = null, string? Key = null,
    bool? AreaCorrection = null)
{
    public RequestValidation Validate(IReadOnlySet<string> knownAreas) => new RequestValidation()
        .Require(KeyRules.Check(Key) is null && Key?.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) != true, "key",
            KeyRules.Check(Key) ?? $"Keys starting with '{KeyRules.IdPrefix}' are reserved for rows without a key of their own.")
        .Require(!string.IsNullOrWhiteSpace(Name) && Name.Length <= 200, "name", "A name of 1 to 200 characters is required.")
        .RequirePublicText(Name, "name")
        .Require(Enum.IsDefined(OperatorType), "operatorType", "Unknown operator type.")
        .Require(Address is null || Address.Length <= 300, "address", "An address has at most 300 characters.")
        .Require(Latitude is >= -90 and <= 90, "latitude", "Latitude must lie between -90 and 90.")
        .Require(Longitude is >= -180 and <= 180, "longitude", "Longitude must lie between -180 and 180.")
        .Require(knownAreas.Contains(AreaCode), "areaCode", "Unknown area: define it under /api/areas first.");

    /// <summary>
    /// Returns whether anything changed, so an unchanged save publishes nothing. A new key is taken
    /// over but is no change of the facility's state: no event carries it.
    /// </summary>
    public bool ApplyTo(Facility facility)
    {
        if (Key is not null) facility.Key = Key;
        var before = (facility.Name, facility.OperatorType, facility.Address, facility.Latitude, facility.Longitude, facility.AreaCode);
        facility.Name = Name.Trim();
        facility.OperatorType = OperatorType;
        facility.Address = Address?.Trim();
        facility.Latitude = Latitude;
        facility.Longitude = Longitude;
        facility.AreaCode = AreaCode;
        return before != (facility.Name, facility.OperatorType, facility.Address, facility.Latitude, facility.Longitude, facility.AreaCode);
    }
}
