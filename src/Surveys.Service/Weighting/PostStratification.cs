namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// Post-stratification by cell: every response of a stratum stands for the same share of the
/// stratum's known households, so weighted responses add up to the known count. Where no count is
/// known the response stands for itself (weight 1): the sample is not scaled up by a guess.
/// </summary>
public static class PostStratification
{
    public static double Weight(int responses, int? knownHouseholds) =>
        knownHouseholds is { } households && responses > 0 ? (double)households / responses : 1;
}
