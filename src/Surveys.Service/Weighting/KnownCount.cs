using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// How many households of one type live in one area according to a source the planner trusts
/// (e.g. secondary residences from the population register): the population side of the weights.
/// </summary>
public sealed class KnownCount : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string AreaCode { get; init; }

    public required string HouseholdType { get; init; }

    public int Households { get; set; }
}
