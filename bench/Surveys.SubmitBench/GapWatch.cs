using System.Diagnostics;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>What Gaps showed at one poll: the responses each open (category, area) gap rests on, when the answer came (Stopwatch ticks).</summary>
public sealed record GapPoll(long At, IReadOnlyDictionary<(string Category, string AreaCode), int> Responses);

/// <summary>
/// Reads the planner's open gaps every <see cref="Interval"/> while the load runs and after it, until
/// Gaps counts every acknowledged answer or the timeout after the load passed: the series
/// <see cref="SubmitToGap"/> turns into a time per answer. A poll is stamped when its answer arrived,
/// so a count is known to hold by then (a late stamp, never an early one).
/// </summary>
public sealed class GapWatch(Staff staff)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <param name="load">The load run; its acknowledged answers are what Gaps must count once it ended.</param>
    /// <param name="timeout">How long after the load ended to wait for Gaps.</param>
    public Task<List<GapPoll>> RunAsync(Task<List<Sample>> load, TimeSpan timeout, CancellationToken ct) =>
        RunAsync(ExpectedAsync(load), timeout, ct);

    private static async Task<Dictionary<(string, string), int>> ExpectedAsync(Task<List<Sample>> load) => Expected(await load);

    /// <param name="expected">The responses per cell Gaps must count, known once the load (or an import) ended.</param>
    /// <param name="timeout">How long after that to wait for Gaps.</param>
    public async Task<List<GapPoll>> RunAsync(Task<Dictionary<(string, string), int>> expected, TimeSpan timeout, CancellationToken ct)
    {
        var polls = new List<GapPoll>();
        var started = Stopwatch.GetTimestamp();
        Dictionary<(string, string), int>? counted = null;
        long loadEnded = 0;
        for (var tick = 1; ; tick++)
        {
            var responses = await staff.OpenGapResponsesAsync(ct);
            polls.Add(new GapPoll(Stopwatch.GetTimestamp(), responses));
            if (counted is null && expected.IsCompleted)
            {
                counted = await expected;
                loadEnded = Stopwatch.GetTimestamp();
            }
            if (counted is not null && (Reflects(responses, counted) || Stopwatch.GetElapsedTime(loadEnded) > timeout))
                return polls;
            // A fixed schedule: a slow poll does not push every later one back.
            var next = Interval * tick - Stopwatch.GetElapsedTime(started);
            if (next > TimeSpan.Zero) await Task.Delay(next, ct);
        }
    }

    /// <summary>Whether the open gaps count at least the expected responses in every cell.</summary>
    public static bool Reflects(IReadOnlyDictionary<(string, string), int> responses, Dictionary<(string, string), int> expected) =>
        expected.All(e => responses.GetValueOrDefault(e.Key) >= e.Value);

    /// <summary>Every acknowledged answer is a response behind the gap of each (category, area) it needs: the bench defines no offers.</summary>
    public static Dictionary<(string, string), int> Expected(IEnumerable<Sample> samples) =>
        samples.Where(s => s.Stored is not null).SelectMany(Cells).GroupBy(cell => cell).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The (category, area) cells one stored answer counts in.</summary>
    public static IEnumerable<(string Category, string AreaCode)> Cells(Sample sample) =>
        sample.Stored!.Needs!.Select(n => (n.Category!, sample.Stored.AreaCode!)).Distinct();
}
