namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// Post-stratification by cell: every response of a stratum stands for the same share of the
/// stratum's known households, so weighted responses add up to the known count. Where no count is
/// known the response stands for itself (weight 1): the sample is not scaled up by a guess. Such a
/// stratum is <em>unweighted</em>, and says so in its events: an estimate that adds its responses to
/// scaled-up ones counts them apart (a gap's <c>unweightedResponses</c>), so a planner sees how much of a
/// figure rests on answers standing only for themselves — never a silent sum of the two kinds.
/// </summary>
public static class PostStratification
{
    public static double Weight(int responses, int? knownHouseholds) =>
        knownHouseholds is { } households && responses > 0 ? (double)households / responses : 1;

    public static bool Unweighted(int? knownHouseholds) => knownHouseholds is null;
}
