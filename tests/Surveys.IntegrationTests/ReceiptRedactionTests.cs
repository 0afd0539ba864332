using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceHosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// Whoever reads the traces or the logs must not find a receipt code there: with it they could read and withdraw a
/// household's answer. Every tag and event of every activity, and every log line at every level, is searched for it.
/// </summary>
public sealed class ReceiptRedactionTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private static string Describe(Activity activity) =>
        string.Join(" | ", [activity.DisplayName, activity.OperationName, activity.StatusDescription ?? "",
            .. activity.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")),
            .. activity.Baggage.Select(b => $"{b.Key}={b.Value}")]);

    [Fact]
    public async Task The_receipt_code_is_in_no_trace_and_no_log_of_the_answer_the_look_up_and_the_withdrawal()
    {
        var tenant = SurveysHost.NewTenant();
        await host.KnowArea(tenant, "mitte");
        var survey = await host.Planner(tenant).PublishedSurvey();

        var activities = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => activities.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(listener);
        var logs = new CapturedLogs();
        await using var logged = host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging
            .AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Trace)));

        var created = await host.Answer(survey, client: logged.CreateClient());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await host.Receipt(HttpMethod.Get, code, logged.CreateClient())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Receipt(HttpMethod.Delete, code, logged.CreateClient())).StatusCode);

        // The requests' own activities were recorded, with their paths: the listener saw what an exporter would get.
        Assert.Contains(activities, a => a.Contains("url.path=/public/receipts"));
        Assert.Contains(logs.Lines, line => line.Contains("/public/receipts"));
        Assert.DoesNotContain(activities, a => a.Contains(code, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(code, StringComparison.OrdinalIgnoreCase));
    }
}
