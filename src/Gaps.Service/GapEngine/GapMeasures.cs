namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// How bad a gap is and how sure we are of it — the two numbers planners sort by.
/// <list type="bullet">
/// <item><b>Severity</b> (0–100) = 100 × person-hours per week the gap leaves without care ÷
/// person-hours per week needed in its cell (category × area). A content gap is 100; a capacity
/// gap of one place short for an hour in a busy area is close to 0.</item>
/// <item><b>Confidence</b> (0–1) = n ÷ (n + 5), n the responses behind the gap: one response 0.17,
/// five 0.5, twenty 0.8. It says how much the estimate rests on, not whether the gap is real.</item>
/// </list>
/// </summary>
public static class GapMeasures
{
    public const int ConfidenceHalfAt = 5;

    public static double Severity(double gapPersonHours, double cellPersonHours) =>
        cellPersonHours <= 0 ? 0 : Math.Round(Math.Min(100, 100 * gapPersonHours / cellPersonHours), 1);

    public static double Confidence(int responses) => Math.Round((double)responses / (responses + ConfidenceHalfAt), 2);
}
