using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// A survey Gaps heard of as a wave of a population (<c>SurveyWaveMadeCurrent</c>): current, or superseded by a newer current wave — then
/// its demand is held (for comparing waves) but counts in no gap, so a household that answered both waves counts once. A survey without
/// a row is no wave of any population and counts, as do answers without a survey.
/// </summary>
public sealed class SurveyWave : ITenantOwned
{
    public Guid SurveyId { get; init; }

    public required string TenantId { get; init; }

    public required string Population { get; set; }

    public bool Superseded { get; set; }

    /// <summary>The revision of the marking that set <see cref="Superseded"/>: an older marking consumed late changes nothing.</summary>
    public long Revision { get; set; }
}
