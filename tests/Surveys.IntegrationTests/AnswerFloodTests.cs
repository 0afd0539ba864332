using System.Diagnostics.Metrics;
using System.Net;
using GutAusgestattet.ServiceHosting;
using GutAusgestattet.Surveys.Answers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>A flood of answers shows in the metrics and the logs, per municipality and survey, counting stored answers only.</summary>
public sealed class AnswerFloodTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    [Fact]
    public async Task Every_stored_answer_is_counted_for_its_survey_and_a_repeated_submission_is_not()
    {
        var counted = new List<(long Value, string? Tenant, string? Survey)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AnswerMetrics.MeterName) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var named = tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString());
            lock (counted) counted.Add((value, named.GetValueOrDefault("tenant"), named.GetValueOrDefault("survey")));
        });
        listener.Start();

        var tenant = SurveysHost.NewTenant();
        await host.KnowArea(tenant, "mitte");
        var survey = await host.Planner(tenant).PublishedSurvey();
        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey, key: "flood-0001")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey, key: "flood-0002")).StatusCode);
        // The same submission again: the first answer's receipt, nothing new.
        Assert.Equal(HttpStatusCode.OK, (await host.Answer(survey, key: "flood-0001")).StatusCode);

        lock (counted)
            Assert.Equal([(1L, tenant.Value, survey.ToString()), (1L, tenant.Value, survey.ToString())], counted.Where(c => c.Survey == survey.ToString()));
    }

    [Fact]
    public async Task The_log_says_each_surveys_answers_per_interval_and_warns_of_a_flood()
    {
        var logs = new CapturedLogs();
        // Intervals of 5 s with a flood from 24 per minute: three answers in one interval are a flood, one is not.
        await using var logged = host.WithWebHostBuilder(builder => builder
            .UseSetting("Surveys:AnswerRateInterval", "00:00:05").UseSetting("Surveys:AnswerFloodPerMinute", "24")
            .ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Information)));
        var (quiet, flooded) = (SurveysHost.NewTenant(), SurveysHost.NewTenant());
        await host.KnowArea(quiet, "mitte");
        await host.KnowArea(flooded, "mitte");
        var (calm, leaked) = (await host.Planner(quiet).PublishedSurvey(), await host.Planner(flooded).PublishedSurvey());

        Assert.Equal(HttpStatusCode.Created, (await host.Answer(calm, client: logged.CreateClient())).StatusCode);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await host.Answer(leaked, client: logged.CreateClient())).StatusCode);

        // The host's clock is the test's: one interval passes, holding all four answers.
        host.Clock.Advance(TimeSpan.FromSeconds(5));
        List<string> LinesOf(Guid survey) => [.. logs.Lines.Where(l => l.Contains($"SurveyId={survey}"))];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((LinesOf(leaked).Count == 0 || LinesOf(calm).Count == 0) && DateTime.UtcNow < deadline) await Task.Delay(100);

        var flood = Assert.Single(LinesOf(leaked));
        Assert.StartsWith("Warning", flood);
        Assert.Contains("Answer flood", flood);
        Assert.Contains($"TenantId={flooded.Value}, Count=3,", flood);
        var calmLine = Assert.Single(LinesOf(calm));
        Assert.StartsWith("Information", calmLine);
        Assert.Contains($"TenantId={quiet.Value}, Count=1,", calmLine);
    }
}
