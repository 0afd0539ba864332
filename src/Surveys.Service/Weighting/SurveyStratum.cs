using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// One stratum (area × household type) of one survey's sample with the weight last published for
/// it. The row is also the lock that serializes reweighting the stratum, and its revision orders
/// the weights for consumers.
/// </summary>
public sealed class SurveyStratum : ITenantOwned
{
    public required string TenantId { get; init; }

    public Guid SurveyId { get; init; }

    public required string AreaCode { get; init; }

    public required string HouseholdType { get; init; }

    public int Responses { get; set; }

    public double Weight { get; set; } = 1;

    /// <summary>No count was known when <see cref="Weight"/> was published (see <see cref="PostStratification"/>).</summary>
    public bool Unweighted { get; set; } = true;

    public long Revision { get; set; }
}

public readonly record struct Stratum(string AreaCode, string HouseholdType);

/// <summary>A stratum's weight as published under <paramref name="Revision"/>.</summary>
public readonly record struct StratumWeight(double Weight, long Revision, bool Unweighted);
