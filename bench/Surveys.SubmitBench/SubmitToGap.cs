using System.Diagnostics;
using System.Globalization;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// How long each acknowledged answer took from its submit until Gaps' open gaps counted it, over
/// every answer, warm-up and tail included: one late answer shows as the p99 or max it is. Gaps'
/// API counts responses per (category, area), not which ones, so per cell the answers are taken in
/// the order they were acknowledged, and the k-th is reflected at the first poll whose count for
/// the cell is at least k; an answer needing several cells is reflected when the last of them is.
/// </summary>
/// <param name="Latency">Milliseconds from sending the submit to the poll that showed it; an answer not reflected within the timeout is infinite.</param>
/// <param name="Overall">Answers reflected per second, from the first submit to the last answer reflected.</param>
/// <param name="DuringRun">Answers reflected per second within the measured window.</param>
public sealed record SubmitToGap(int Answers, int Missing, Percentiles Latency, double Overall, double DuringRun)
{
    public static SubmitToGap From(IReadOnlyList<Sample> samples, IReadOnlyList<GapPoll> polls, long measureFrom, TimeSpan duration)
    {
        var answers = samples.Where(s => s.Stored is not null).ToList();
        var reflectedAt = new long?[answers.Count];
        // 0 = no cell seen yet: every Stopwatch timestamp is later.
        Array.Fill(reflectedAt, 0);
        foreach (var cell in answers.SelectMany((a, i) => GapWatch.Cells(a).Select(c => (Cell: c, Index: i))).GroupBy(x => x.Cell))
        {
            var poll = 0;
            var k = 0;
            foreach (var i in cell.Select(x => x.Index).OrderBy(i => answers[i].AnsweredAt))
            {
                k++;
                while (poll < polls.Count && polls[poll].Responses.GetValueOrDefault(cell.Key) < k) poll++;
                reflectedAt[i] = poll < polls.Count && reflectedAt[i] is { } at ? Math.Max(at, polls[poll].At) : null;
            }
        }

        var reflected = reflectedAt.OfType<long>().ToList();
        var firstSubmit = answers.Count == 0 ? 0 : answers.Min(a => a.SentAt);
        var lastReflected = reflected.Count == 0 ? firstSubmit : reflected.Max();
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return new SubmitToGap(
            answers.Count,
            answers.Count - reflected.Count,
            Percentiles.Of(answers.Select((a, i) => reflectedAt[i] is { } at ? Stopwatch.GetElapsedTime(a.SentAt, at).TotalMilliseconds : double.PositiveInfinity)),
            reflected.Count / Math.Max(Stopwatch.GetElapsedTime(firstSubmit, lastReflected).TotalSeconds, double.Epsilon),
            reflected.Count(at => at >= measureFrom && at < stopAt) / duration.TotalSeconds);
    }

    public void Print(TextWriter output, TimeSpan timeout)
    {
        string Ms(double ms) => double.IsPositiveInfinity(ms) ? $"not reflected within {timeout.TotalSeconds:F0} s" : string.Create(CultureInfo.InvariantCulture, $"{ms:F0} ms");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Submit → gap, every acknowledged answer (Gaps polled every {GapWatch.Interval.TotalMilliseconds:F0} ms):
              answers           {Answers,8}   reflected {Answers - Missing}, missing {Missing}
              latency           p50 {Ms(Latency.P50)}, p90 {Ms(Latency.P90)}, p99 {Ms(Latency.P99)}, max {Ms(Latency.Max)}
              Gaps reflected    {Overall:F1} answers/s from the first submit to the last reflected, {DuringRun:F1} answers/s during the measured window
            """));
    }
}
