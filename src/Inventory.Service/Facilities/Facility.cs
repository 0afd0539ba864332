using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Facilities;

/// <summary>A place where care is offered: a Kita building, a day-care centre, a childminder's home.</summary>
public sealed class Facility : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>Optional external key (<c>osm:node/123</c>, the municipality's id), unique per tenant; imports match by it.</summary>
    public string? Key { get; set; }

    public required string Name { get; set; }

    public OperatorType OperatorType { get; set; }

    public string? Address { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public required string AreaCode { get; set; }

    public FacilityState ToState() => new(Id, Name, OperatorType.ToCode(), Latitude, Longitude);
}
