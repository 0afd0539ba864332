using System.Diagnostics;
using System.Globalization;
using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using RabbitMQ.Client;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// What the broker itself takes in the same run, with RabbitMQ.Client alone and no service between:
/// persistent messages of a real NeedsReported body's size into a durable scratch exchange and
/// queue of the bench's virtual host, with publisher confirms — one at a time, each confirm awaited
/// before the next (as the outbox delivers today), and pipelined with <see cref="InFlight"/>
/// unconfirmed. The scratch queue is deleted after.
/// </summary>
public sealed class RawBroker(Uri messaging) : IAsyncDisposable
{
    public const int InFlight = 100;
    private const string Scratch = "bench.raw-publish";
    private const string Sample = "bench.needs-reported-sample";
    private IConnection? _connection;

    /// <summary>
    /// Binds a queue holding only the newest NeedsReported to its internal exchange, before the load:
    /// its body is the size the raw publishes copy.
    /// </summary>
    public async Task SampleNeedsReportedAsync(CancellationToken ct)
    {
        await using var channel = await ChannelAsync(ct);
        await channel.QueueDeclareAsync(Sample, durable: false, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-max-length"] = 1 }, cancellationToken: ct);
        await channel.QueueBindAsync(Sample, EventRoute.Exchange(typeof(NeedsReported)), "", cancellationToken: ct);
    }

    /// <summary>Measures both ways for <paramref name="each"/>; null when no NeedsReported was sampled.</summary>
    public async Task<RawRates?> MeasureAsync(TimeSpan each, CancellationToken ct)
    {
        await using var channel = await ChannelAsync(ct, confirms: true);
        var sampled = await channel.BasicGetAsync(Sample, autoAck: true, ct);
        await channel.QueueDeleteAsync(Sample, cancellationToken: ct);
        if (sampled is null) return null;
        var body = sampled.Body.ToArray();

        await channel.ExchangeDeclareAsync(Scratch, ExchangeType.Fanout, durable: true, cancellationToken: ct);
        await channel.QueueDeclareAsync(Scratch, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await channel.QueueBindAsync(Scratch, Scratch, "", cancellationToken: ct);
        try
        {
            var awaited = await RateAsync(channel, body, inFlight: 1, each, ct);
            var pipelined = await RateAsync(channel, body, InFlight, each, ct);
            return new RawRates(body.Length, awaited, pipelined);
        }
        finally
        {
            await channel.QueueDeleteAsync(Scratch, cancellationToken: ct);
            await channel.ExchangeDeleteAsync(Scratch, cancellationToken: ct);
        }
    }

    /// <summary>Confirmed publishes per second, with at most <paramref name="inFlight"/> not yet confirmed.</summary>
    private static async Task<double> RateAsync(IChannel channel, byte[] body, int inFlight, TimeSpan duration, CancellationToken ct)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        var unconfirmed = new Queue<Task>();
        var watch = Stopwatch.StartNew();
        var confirmed = 0;
        while (watch.Elapsed < duration)
        {
            // With confirmation tracking on, the publish's task completes when the broker confirmed it.
            unconfirmed.Enqueue(channel.BasicPublishAsync(Scratch, "", mandatory: false, properties, body, ct).AsTask());
            if (unconfirmed.Count < inFlight) continue;
            await unconfirmed.Dequeue();
            confirmed++;
        }
        while (unconfirmed.TryDequeue(out var publish))
        {
            await publish;
            confirmed++;
        }
        return confirmed / watch.Elapsed.TotalSeconds;
    }

    private async Task<IChannel> ChannelAsync(CancellationToken ct, bool confirms = false)
    {
        _connection ??= await new ConnectionFactory { Uri = messaging, ClientProvidedName = "submit-bench" }.CreateConnectionAsync(ct);
        // Our own limit on unconfirmed publishes (InFlight), not the client's throttling.
        return await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: confirms, publisherConfirmationTrackingEnabled: confirms, outstandingPublisherConfirmationsRateLimiter: null),
            ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}

/// <summary>Confirmed publishes per second of a <paramref name="MessageBytes"/> body: one at a time awaited, and pipelined.</summary>
public sealed record RawRates(int MessageBytes, double Awaited, double Pipelined)
{
    public void Print(TextWriter output, BrokerRates? outbox)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"""
            Raw RabbitMQ, RabbitMQ.Client alone, persistent {MessageBytes} B messages (a NeedsReported body) with publisher confirms:
              one at a time     {Awaited,8:F0} msg/s (each confirm awaited before the next publish, as the outbox does)
              pipelined         {Pipelined,8:F0} msg/s ({RawBroker.InFlight} unconfirmed at most)
            """));
        if (outbox is not null)
            output.WriteLine(string.Create(c,
                $"  outbox ÷ raw      {outbox.PublishedDuringLoad / Awaited:P1} of one at a time, {outbox.PublishedDuringLoad / Pipelined:P1} of pipelined (target ≥ 50 %)"));
    }
}
