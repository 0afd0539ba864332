using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// A stratum whose answers changed and whose weight <see cref="StratumReweighing"/> has yet to recompute. Added by
/// the unit of work that changed them, one row each, never updated: an answer waits for no lock to queue it, and the
/// reweighing takes the rows of many answers of a stratum as one reweigh.
/// </summary>
public sealed class ReweighRequest : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string TenantId { get; init; }

    public Guid SurveyId { get; init; }

    public required string AreaCode { get; init; }

    public required string HouseholdType { get; init; }
}
