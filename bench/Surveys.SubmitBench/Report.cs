using System.Diagnostics;
using System.Globalization;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// The measured window's figures: answers stored per second (only 201s count), the other outcomes,
/// and the latency percentiles of the stored answers.
/// </summary>
public sealed record Report(
    int Respondents, TimeSpan Duration, int Stored, IReadOnlyDictionary<string, int> Others,
    double P50, double P90, double P99, double Max, double Mean, int SlowestSecond, int MedianSecond, int FastestSecond)
{
    public double PerSecond => Stored / Duration.TotalSeconds;

    /// <summary>Samples answered within [<paramref name="from"/>, <paramref name="from"/> + <paramref name="duration"/>) count; the warm-up before and the tail after do not.</summary>
    public static Report From(IReadOnlyList<Sample> samples, int respondents, long from, TimeSpan duration)
    {
        var measured = samples.Where(s => s.AnsweredAt >= from && Stopwatch.GetElapsedTime(from, s.AnsweredAt) < duration).ToList();
        var stored = measured.Where(s => s.Outcome == Sample.Created).ToList();
        var latencies = stored.Select(s => s.Milliseconds).ToArray();
        var percentiles = Percentiles.Of(latencies);
        var perSecond = new int[(int)Math.Ceiling(duration.TotalSeconds)];
        foreach (var s in stored) perSecond[(int)Stopwatch.GetElapsedTime(from, s.AnsweredAt).TotalSeconds]++;
        Array.Sort(perSecond);
        return new Report(respondents, duration, stored.Count,
            measured.Where(s => s.Outcome != Sample.Created).GroupBy(s => s.Outcome).ToDictionary(g => g.Key, g => g.Count()),
            percentiles.P50, percentiles.P90, percentiles.P99, percentiles.Max,
            latencies.Length == 0 ? 0 : latencies.Average(), perSecond[0], perSecond[perSecond.Length / 2], perSecond[^1]);
    }

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"""
            Measured {Duration.TotalSeconds:F0} s with {Respondents} concurrent respondents:
              stored (201)      {Stored,8}   = {PerSecond:F1} submissions/s sustained (per second: slowest {SlowestSecond}, median {MedianSecond}, fastest {FastestSecond})
              other outcomes    {(Others.Count == 0 ? "none" : string.Join(", ", Others.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")))}
              latency of 201s   p50 {P50:F1} ms, p90 {P90:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms (mean {Mean:F1} ms)
            """));
        output.WriteLine();
        output.WriteLine("| respondents | submissions/s | p50 | p90 | p99 | max | errors |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        output.WriteLine(string.Create(c,
            $"| {Respondents} | {PerSecond:F1} | {P50:F0} ms | {P90:F0} ms | {P99:F0} ms | {Max:F0} ms | {Others.Values.Sum()} |"));
    }
}
