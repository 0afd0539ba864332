using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GutAusgestattet.Contracts;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// The broker's counters at one read (Stopwatch ticks): needs events published into the internal exchanges, acknowledged
/// by Gaps, and waiting in Gaps' queues (ready or delivered and not yet acknowledged).
/// </summary>
public sealed record BrokerSample(long At, long Published, long GapsAcknowledged, long GapsQueued);

/// <summary>
/// Reads RabbitMQ's management API once a second for the bench's virtual host: how many messages
/// the outbox delivered into the internal needs exchanges (<c>publish_in</c> of
/// <c>internal.…:Needs*</c>), how many Gaps' needs-event queues acknowledged (<c>ack</c>) and hold (<c>messages</c>).
/// The broker refreshes these statistics every 5 s (its <c>collect_statistics_interval</c>), so a
/// count can be up to 5 s old when read.
/// </summary>
public sealed class BrokerWatch : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly HttpClient _management;
    private readonly string _vhost;

    public BrokerWatch(Uri management, Uri messaging)
    {
        var user = Uri.UnescapeDataString(messaging.UserInfo);
        _management = new HttpClient { BaseAddress = management };
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user)));
        _vhost = Uri.EscapeDataString(Uri.UnescapeDataString(messaging.AbsolutePath.TrimStart('/')));
    }

    /// <summary>Reads until <paramref name="stop"/> is cancelled, then once more: the last read follows everything the bench waited for.</summary>
    public async Task<List<BrokerSample>> RunAsync(CancellationToken stop, CancellationToken ct)
    {
        var samples = new List<BrokerSample>();
        while (!stop.IsCancellationRequested)
        {
            samples.Add(await ReadAsync(ct));
            try
            {
                await Task.Delay(Interval, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The bench is done waiting: the read after the loop is the last one.
            }
        }
        samples.Add(await ReadAsync(ct));
        return samples;
    }

    private async Task<BrokerSample> ReadAsync(CancellationToken ct)
    {
        var exchanges = await _management.GetFromJsonAsync<JsonElement>($"/api/exchanges/{_vhost}", ct);
        var queues = await _management.GetFromJsonAsync<JsonElement>($"/api/queues/{_vhost}", ct);
        var needsExchanges = Named(exchanges, name => name.StartsWith(EventRoute.InternalPrefix, StringComparison.Ordinal) && name.Contains(":Needs", StringComparison.Ordinal));
        // The consumers' own queues, not their _error, _skipped or redelivery queues.
        var gapsQueues = Named(queues, name => name.StartsWith("gaps", StringComparison.Ordinal) && name.Contains("needs", StringComparison.Ordinal) && !name.Contains('_'));
        return new BrokerSample(Stopwatch.GetTimestamp(), Sum(needsExchanges, "message_stats", "publish_in"), Sum(gapsQueues, "message_stats", "ack"),
            gapsQueues.Sum(q => q.TryGetProperty("messages", out var n) ? n.GetInt64() : 0));
    }

    private static List<JsonElement> Named(JsonElement entities, Func<string, bool> counted) =>
        [.. entities.EnumerateArray().Where(e => counted(e.GetProperty("name").GetString()!))];

    private static long Sum(List<JsonElement> entities, string group, string statistic) =>
        entities.Sum(e => e.TryGetProperty(group, out var stats) && stats.TryGetProperty(statistic, out var n) ? n.GetInt64() : 0);

    public void Dispose() => _management.Dispose();
}

/// <summary>
/// The broker's rates from a <see cref="BrokerWatch"/> series: per second within the load (first
/// submit to the end of the load), and from the first submit until the counter last grew.
/// </summary>
/// <param name="Published">Needs events published from the first submit to the last read.</param>
/// <param name="Acknowledged">Needs events Gaps acknowledged from the first submit to the last read.</param>
/// <param name="MostQueued">The most needs events waiting in Gaps' queues at one read: near zero while Gaps waits for the outbox.</param>
public sealed record BrokerRates(
    double PublishedDuringLoad, double PublishedUntilDone, double AcknowledgedDuringLoad, double AcknowledgedUntilDone, long Published, long Acknowledged, long MostQueued)
{
    public static BrokerRates From(IReadOnlyList<BrokerSample> samples, long loadStarted, long loadEnded)
    {
        double During(Func<BrokerSample, long> count) =>
            (count(At(loadEnded)) - count(At(loadStarted))) / Stopwatch.GetElapsedTime(loadStarted, loadEnded).TotalSeconds;
        double UntilDone(Func<BrokerSample, long> count)
        {
            var final = samples.First(s => count(s) == count(samples[^1]));
            return (count(final) - count(At(loadStarted))) / Math.Max(Stopwatch.GetElapsedTime(loadStarted, final.At).TotalSeconds, BrokerWatch.Interval.TotalSeconds);
        }
        return new BrokerRates(During(s => s.Published), UntilDone(s => s.Published), During(s => s.GapsAcknowledged), UntilDone(s => s.GapsAcknowledged),
            samples[^1].Published - At(loadStarted).Published, samples[^1].GapsAcknowledged - At(loadStarted).GapsAcknowledged, samples.Max(s => s.GapsQueued));

        // The last read at or before the moment: what the broker had counted by then.
        BrokerSample At(long moment) => samples.LastOrDefault(s => s.At <= moment) ?? samples[0];
    }

    public void Print(TextWriter output) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        RabbitMQ management API (statistics up to 5 s old), from the first submit:
          outbox delivery   {PublishedDuringLoad,8:F1} msg/s into the internal needs exchanges during the load, {PublishedUntilDone:F1} msg/s until the last was published ({Published} in all)
          Gaps consumption  {AcknowledgedDuringLoad,8:F1} msg/s acknowledged from its needs-event queues during the load, {AcknowledgedUntilDone:F1} msg/s until the last ({Acknowledged} in all)
          Gaps' backlog     {MostQueued,8} needs events at most waiting in its queues at one read
        """));
}
