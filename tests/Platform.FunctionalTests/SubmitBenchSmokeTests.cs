using Aspire.Hosting.Testing;
using GutAusgestattet.Surveys.SubmitBench;
using Xunit.Abstractions;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// bench/Surveys.SubmitBench still works against the running platform: a few seconds of its load
/// and every figure of its report. A smoke check, never a timed test: the figures are only asserted
/// to be there, the measurements live in bench/README.md.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SubmitBenchSmokeTests(PlatformFixture platform, ITestOutputHelper log)
{
    [Fact]
    public async Task A_short_bench_run_reports_every_figure_stores_each_acknowledged_answer_once_and_times_each_in_the_gaps()
    {
        var options = new BenchOptions
        {
            Concurrency = 2,
            WarmUp = TimeSpan.Zero,
            Duration = TimeSpan.FromSeconds(3),
            // The platform's tests keep the public limit per survey and minute low.
            MaxAnswers = PlatformFixture.PerSurveyPermitLimit - 5,
            Areas = 2,
            GapsTimeout = TimeSpan.FromSeconds(60),
            Raw = TimeSpan.FromSeconds(1),
            Surveys = platform.App.GetEndpoint("surveys", "http"),
            Inventory = platform.App.GetEndpoint("inventory", "http"),
            Gaps = platform.App.GetEndpoint("gaps", "http"),
            Messaging = platform.MessagingUri,
        };
        using var output = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var result = await new BenchRun(options, PlatformFixture.SigningKey).RunAsync(output, cancel.Token);
        log.WriteLine(output.ToString());

        Assert.True(result.Report.Stored > 0, "no answer stored in the measured window");
        Assert.Empty(result.Report.Others);
        Assert.Equal(result.Acknowledged, result.Counted);
        Assert.NotNull(result.SubmitToGap);
        Assert.Equal((result.Acknowledged, 0), (result.SubmitToGap.Answers, result.SubmitToGap.Missing));
        Assert.True(result.SubmitToGap.Latency.Max > 0);
        Assert.NotNull(result.Raw);
        Assert.True(result.Raw is { MessageBytes: > 0, Awaited: > 0, Pipelined: > 0 });
        Assert.True(result.Ok);
        foreach (var figure in new[] { "submissions/s", "p99", "Submit → gap", "outbox delivery", "Gaps consumption", "outbox ÷ raw" })
            Assert.Contains(figure, output.ToString());
    }
}
