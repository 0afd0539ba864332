namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// Nearest-rank percentiles over every recorded value, sorted: the bench records every request and
/// every answer, so nothing is sampled or approximated.
/// </summary>
public sealed record Percentiles(double P50, double P90, double P99, double Max)
{
    /// <summary>The percentiles of <paramref name="values"/>; a missing value is <see cref="double.PositiveInfinity"/> and ranks last.</summary>
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return new Percentiles(Nearest(sorted, 50), Nearest(sorted, 90), Nearest(sorted, 99), sorted.LastOrDefault());
    }

    private static double Nearest(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
}
