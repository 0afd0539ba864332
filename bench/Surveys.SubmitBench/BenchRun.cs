using System.Diagnostics;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>What a run found; the CI smoke check asserts on it, the command prints it.</summary>
/// <param name="Counted">The survey's response count in Surveys after the run (the planner's own view always has it).</param>
/// <param name="SubmitToGap">Null when the Gaps check was skipped (<c>--gaps-timeout 0</c>).</param>
/// <param name="Raw">Null when skipped (<c>--raw 0</c>) or no NeedsReported was sampled.</param>
public sealed record BenchResult(Report Report, int Acknowledged, int? Counted, SubmitToGap? SubmitToGap, BrokerRates Broker, RawRates? Raw)
{
    public bool Ok => Counted == Acknowledged && SubmitToGap is not { Missing: > 0 };
}

/// <summary>
/// One run against the running platform: a fresh municipality with areas, known counts and a
/// published survey; the respondents' load while Gaps and the broker are watched; the checks that
/// Surveys stored exactly the acknowledged answers and Gaps counted each of them; the raw broker
/// rate last, when the platform is idle again.
/// </summary>
public sealed class BenchRun(BenchOptions options, string signingKey)
{
    public async Task<BenchResult> RunAsync(TextWriter output, CancellationToken ct)
    {
        using var staff = new Staff(options, signingKey);
        var areas = await staff.DefineAreasAsync(options.Areas, ct);
        await staff.SetKnownCountsAsync(areas, ct);
        var survey = await staff.PublishSurveyAsync(ct);
        await using var raw = new RawBroker(options.Messaging);
        if (options.Raw > TimeSpan.Zero) await raw.SampleNeedsReportedAsync(ct);
        output.WriteLine($"Municipality {staff.Tenant.Value}: {areas.Count} areas known to Surveys, known counts set, survey {survey} published.");
        output.WriteLine($"Load average before the run: {LoadAverage()}");
        output.WriteLine($"{options.Concurrency} respondents: {options.WarmUp.TotalSeconds:F0} s warm-up (not measured), then {options.Duration.TotalSeconds:F0} s measured …");

        using var broker = new BrokerWatch(options.Management, options.Messaging);
        using var brokerDone = new CancellationTokenSource();
        var brokerSamples = broker.RunAsync(brokerDone.Token, ct);
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(options.WarmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var load = new LoadRun(options.Surveys, survey, areas).RunAsync(options.Concurrency, stopAt, options.MaxAnswers);
        var gapPolls = options.GapsTimeout > TimeSpan.Zero ? new GapWatch(staff).RunAsync(load, options.GapsTimeout, ct) : null;
        var samples = await load;
        var runEnded = Stopwatch.GetTimestamp();
        output.WriteLine($"Load average after the run: {LoadAverage()}");
        output.WriteLine();
        var report = Report.From(samples, options.Concurrency, measureFrom, options.Duration);
        report.Print(output);
        output.WriteLine();

        // Warm-up and tail included: every acknowledged answer must be stored, and nothing else.
        var acknowledged = samples.Count(s => s.Stored is not null);
        var counted = (await staff.CountsAsync(survey, ct)).Total;
        output.WriteLine($"Check: the survey's response count is {counted}, acknowledged with 201: {acknowledged} — {(counted == acknowledged ? "equal" : "DIFFERENT")}.");

        SubmitToGap? toGap = null;
        if (gapPolls is not null)
        {
            var polls = await gapPolls;
            toGap = SubmitToGap.From(samples, polls, measureFrom, options.Duration);
            var sinceRun = Stopwatch.GetElapsedTime(runEnded, polls[^1].At);
            output.WriteLine(toGap.Missing == 0
                ? $"Check: Gaps counts the {acknowledged} answers, {sinceRun.TotalSeconds:F1} s after the run ended."
                : $"Check: {sinceRun.TotalSeconds:F0} s after the run Gaps still misses {toGap.Missing} of {acknowledged} answers — "
                    + "NOT caught up (still consuming? see the gaps.service-needs-events queue; a longer --gaps-timeout waits more).");
            output.WriteLine();
            toGap.Print(output, options.GapsTimeout);
            output.WriteLine();
        }

        await brokerDone.CancelAsync();
        var rates = BrokerRates.From(await brokerSamples, start, runEnded);
        rates.Print(output);

        var rawRates = options.Raw > TimeSpan.Zero ? await raw.MeasureAsync(options.Raw, ct) : null;
        if (rawRates is not null)
        {
            output.WriteLine();
            rawRates.Print(output, rates);
        }
        return new BenchResult(report, acknowledged, counted, toGap, rates, rawRates);
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
