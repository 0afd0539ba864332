using System.Diagnostics;
using GutAusgestattet.Surveys.SubmitBench;
using GutAusgestattet.Tooling;

// Sustained answer submissions against the running platform (bench/submit-bench.sh starts it):
// a fresh municipality with areas, known counts and a published survey, then N virtual respondents
// submitting valid answers for a warm-up and a measured window; then checks that Surveys stored
// exactly the answers it acknowledged and that Gaps received their demand.
//   dotnet run -c Release --project bench/Surveys.SubmitBench -- [--concurrency 16] [--duration 30] [--warmup 5] …
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var signingKey = Environment.GetEnvironmentVariable("Jwt__SigningKey") ?? AppHostSettings.DevelopmentSigningKey();
if (string.IsNullOrEmpty(signingKey))
{
    Console.Error.WriteLine("error: no signing key: set Jwt__SigningKey to the AppHost's jwt-signing-key.");
    return 2;
}

using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
var ct = cancel.Token;
using var staff = new Staff(options, signingKey);
var areas = await staff.DefineAreasAsync(options.Areas, ct);
await staff.SetKnownCountsAsync(areas, ct);
var survey = await staff.PublishSurveyAsync(ct);
Console.WriteLine($"Municipality {staff.Tenant.Value}: {areas.Count} areas known to Surveys, known counts set, survey {survey} published.");
Console.WriteLine($"Load average before the run: {LoadAverage()}");
Console.WriteLine($"{options.Concurrency} respondents: {options.WarmUp.TotalSeconds:F0} s warm-up (not measured), then {options.Duration.TotalSeconds:F0} s measured …");

var start = Stopwatch.GetTimestamp();
var measureFrom = start + (long)(options.WarmUp.TotalSeconds * Stopwatch.Frequency);
var stopAt = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
var samples = await new LoadRun(options.Surveys, survey, areas).RunAsync(options.Concurrency, stopAt);
var runEnded = Stopwatch.GetTimestamp();
Console.WriteLine($"Load average after the run: {LoadAverage()}");
Console.WriteLine();
Report.From(samples, options.Concurrency, measureFrom, options.Duration).Print(Console.Out);
Console.WriteLine();

// Warm-up and tail included: every acknowledged answer must be stored, and nothing else.
var acknowledged = samples.Where(s => s.Stored is not null).ToList();
var counts = await staff.CountsAsync(survey, ct);
var ok = counts.Total == acknowledged.Count;
Console.WriteLine($"Check: the survey's response count is {counts.Total}, acknowledged with 201: {acknowledged.Count} — {(ok ? "equal" : "DIFFERENT")}.");

if (options.GapsTimeout > TimeSpan.Zero)
{
    // Every answer is a response behind the gap of each (category, area) it needs: there are no offers.
    var expected = acknowledged
        .SelectMany(s => s.Stored!.Needs!.Select(n => (Category: n.Category!, s.Stored.AreaCode!)).Distinct())
        .GroupBy(cell => cell).ToDictionary(g => g.Key, g => g.Count());
    var (gaps, waited, done) = await Poll.UntilAsync(() => staff.OpenGapResponsesAsync(ct),
        found => found.Count == expected.Count && expected.All(e => found.GetValueOrDefault(e.Key) == e.Value), options.GapsTimeout, ct);
    var sinceRun = Stopwatch.GetElapsedTime(runEnded);
    Console.WriteLine(done
        ? $"Check: Gaps counts the {acknowledged.Count} answers in {expected.Count} (category, area) gaps, {sinceRun.TotalSeconds:F1} s after the run ended."
        : $"Check: after {waited.TotalSeconds:F0} s Gaps counts {gaps.Values.Sum()} of {expected.Values.Sum()} responses in {gaps.Count} of {expected.Count} gaps — "
            + "NOT caught up (still consuming? see the gaps.service-needs-events queue; a longer --gaps-timeout waits more).");
    ok &= done;
}
return ok ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
