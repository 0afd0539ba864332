using System.Diagnostics.Metrics;
using System.Net;
using GutAusgestattet.Surveys.Answers;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>A flood of answers shows in the metrics, per municipality and survey, counting stored answers only.</summary>
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
}
