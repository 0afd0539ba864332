using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// The newest weight announced for one stratum of a survey, so that demand reported late with an
/// older weight takes this one, and a late older reweighting changes nothing.
/// </summary>
public sealed class StratumWeight : ITenantOwned
{
    public required string TenantId { get; init; }

    public Guid SurveyId { get; init; }

    public required string AreaCode { get; init; }

    public required string HouseholdType { get; init; }

    public double Weight { get; set; }

    /// <summary>The weight is 1 because no household count is known for the stratum (<c>NeedsReweighted.Unweighted</c>).</summary>
    public bool Unweighted { get; set; }

    /// <summary>The weight's revision; <see cref="NoRevision"/> while no weight is held, below every announced one.</summary>
    public long Revision { get; set; }

    /// <summary>A stratum claimed before any weight was announced for it (see <see cref="Persistence.SharedRows"/>).</summary>
    public const long NoRevision = -1;

    /// <summary>
    /// Bumped by every unit of work that reads or sets the weight, which locks the row until it commits
    /// (<see cref="Persistence.SharedRows.ClaimStratumAsync"/>): one that weighs new demand with it and one
    /// that sets a newer weight for the demand held so far would otherwise miss each other's uncommitted
    /// rows, and the new demand would keep the older weight. Still a concurrency token, as a second wall.
    /// </summary>
    public int Claims { get; set; }
}
