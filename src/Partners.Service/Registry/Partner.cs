using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.Registry;

public enum PartnerKind
{
    Company,
    Association,
    Operator,
}

/// <summary>
/// A place where a partner employs people. Incomings and Outgoings are estimates by the partner or
/// the planner, counted among the site's employees.
/// </summary>
public sealed record PartnerSite(
    string? Name, string Address, string PostalCode, double Latitude, double Longitude, string? AreaCode,
    int Employees, int Incomings, int Outgoings);

/// <summary>A company, association or operator the municipality may win for co-operation.</summary>
public sealed class Partner : ITenantOwned
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>Unique per tenant (<see cref="PartnerKey"/>): how an import finds the partner again.</summary>
    public required string Key { get; set; }

    public PartnerKind Kind { get; set; }

    public required string Name { get; set; }

    public string? TradeRegisterNumber { get; set; }

    /// <summary>WZ 2008 code (<see cref="WzCodes"/>).</summary>
    public required string Sector { get; set; }

    public IReadOnlyList<PartnerSite> Sites { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
