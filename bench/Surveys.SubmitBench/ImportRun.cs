using System.Diagnostics;
using System.Globalization;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// The import mode (<c>--import N</c>): the same fresh municipality, known counts and published survey as a load run, then
/// N responses as one LimeSurvey export through the planner's import endpoint. Times the import and, from its start,
/// each step until the gaps reflect it — the outbox's delivery and Gaps' consumption from the broker's statistics (up to
/// 5 s old), the gaps from polling the planner's open gaps — so a slow step shows where the time goes.
/// </summary>
public sealed class ImportRun(BenchOptions options, string signingKey)
{
    public async Task<bool> RunAsync(TextWriter output, CancellationToken ct)
    {
        using var staff = new Staff(options, signingKey);
        var areas = await staff.DefineAreasAsync(options.Areas, ct);
        await staff.SetKnownCountsAsync(areas, ct);
        var survey = await staff.PublishSurveyAsync(ct);
        var export = new LimeSurveyExport(areas, options.Import);
        output.WriteLine($"Municipality {staff.Tenant.Value}: {areas.Count} areas known to Surveys, known counts set, survey {survey} published.");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Importing {options.Import} LimeSurvey responses ({export.Request.Csv!.Length / 1024.0 / 1024.0:F1} MiB of CSV) in one request …"));
        output.WriteLine($"Load average before the import: {BenchRun.LoadAverage()}");

        using var broker = new BrokerWatch(options.Management, options.Messaging);
        using var brokerDone = new CancellationTokenSource();
        var brokerSamples = broker.RunAsync(brokerDone.Token, ct);
        var imported = new TaskCompletionSource<Dictionary<(string, string), int>>();
        var gapPolls = new GapWatch(staff).RunAsync(imported.Task, options.GapsTimeout, ct);
        var started = Stopwatch.GetTimestamp();
        var report = await staff.ImportAsync(survey, export.Request, ct);
        var importEnded = Stopwatch.GetTimestamp();
        imported.SetResult(export.Expected);
        var polls = await gapPolls;
        await brokerDone.CancelAsync();
        var samples = await brokerSamples;
        output.WriteLine($"Load average after the gaps reflected it: {BenchRun.LoadAverage()}");
        output.WriteLine();

        var counted = (await staff.CountsAsync(survey, ct)).Total;
        var reflected = polls.FirstOrDefault(p => GapWatch.Reflects(p.Responses, export.Expected));
        var firstShown = polls.FirstOrDefault(p => p.Responses.Values.Any(n => n > 0));
        var baseline = samples.LastOrDefault(s => s.At <= started) ?? samples[0];
        // The import's answers travel together, NeedsImported.MostAnswers to a message.
        var parts = (options.Import + NeedsImported.MostAnswers - 1) / NeedsImported.MostAnswers;
        var delivered = samples.FirstOrDefault(s => s.Published - baseline.Published >= parts);
        var consumed = samples.FirstOrDefault(s => s.GapsAcknowledged - baseline.GapsAcknowledged >= parts);
        string Since(long? at) => at is { } t ? string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(started, t).TotalSeconds,7:F1} s") : "    not seen";

        var importSeconds = Stopwatch.GetElapsedTime(started, importEnded).TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Import of {options.Import} responses: {report.New} new, {report.Skipped} skipped, {report.Invalid} invalid; the survey counts {counted}.
              import request         {importSeconds,7:F1} s   ({options.Import / importSeconds:F0} responses/s)
              outbox delivered all   {Since(delivered?.At)}   ({parts} NeedsImported in the needs exchanges; statistics up to 5 s old)
              Gaps consumed all      {Since(consumed?.At)}   (acknowledged from its needs-event queues; up to 5 s old)
              gaps first showed any  {Since(firstShown?.At)}
              gaps reflect all       {Since(reflected?.At)}   from the import's start{(reflected is null ? $" — NOT within {options.GapsTimeout.TotalSeconds:F0} s after the import" : "")}
            """));
        output.WriteLine();
        output.WriteLine("| responses | import | outbox delivered | Gaps consumed | gaps reflect all | count |");
        output.WriteLine("|---|---|---|---|---|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {options.Import} | {importSeconds:F1} s | {Since(delivered?.At).Trim()} | {Since(consumed?.At).Trim()} | **{Since(reflected?.At).Trim()}** | {counted} |"));
        return reflected is not null && counted == options.Import && report.New == options.Import;
    }
}
