using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GutAusgestattet.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GutAusgestattet.FunctionalTests;

/// <summary>One integration event as a consumer sees it: the body's <c>message</c> and the transport headers.</summary>
public sealed record ProbedEvent<TEvent>(TEvent Message, string? Tenant, IReadOnlyDictionary<string, string?> Headers, string Envelope);

/// <summary>
/// Watches the integration events of type <typeparamref name="TEvent"/> on the run's RabbitMQ virtual
/// host, as another service would: a temporary exclusive queue bound to the exchange MassTransit
/// publishes the type to (<c>Namespace:TypeName</c>, fanout; <c>internal.</c> before it for an internal event,
/// which the tests' broker user may read). Start it before the action; it sees
/// only events published after it started.
/// </summary>
/// <example><code>
/// await using var probe = await platform.Probe&lt;AreaDefined&gt;();
/// ... act ...
/// var defined = await probe.Next(m =&gt; m.TenantId == tenant.Value &amp;&amp; m.AreaCode == "altstadt");
/// await probe.ExpectNone(m =&gt; m.TenantId == tenant.Value);
/// </code></example>
public sealed class EventProbe<TEvent> : IAsyncDisposable where TEvent : class
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Long enough for the outbox to deliver after the commit (milliseconds here), short enough to wait for often.</summary>
    public static readonly TimeSpan DefaultQuietWindow = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly Channel<ProbedEvent<TEvent>> _incoming = Channel.CreateUnbounded<ProbedEvent<TEvent>>();
    private readonly List<ProbedEvent<TEvent>> _unclaimed = [];

    private EventProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>The exchange the platform publishes <typeparamref name="TEvent"/> to (an internal event's prefixed).</summary>
    public static string Exchange => EventRoute.Exchange(typeof(TEvent));

    public static async Task<EventProbe<TEvent>> StartAsync(Uri broker)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = $"event-probe {Exchange}" };
        var connection = await factory.CreateConnectionAsync();
        try
        {
            var channel = await connection.CreateChannelAsync();
            // Declared the way MassTransit declares it, so binding works before the service first publishes.
            await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true);
            await channel.QueueBindAsync(queue.QueueName, Exchange, routingKey: "");

            var probe = new EventProbe<TEvent>(connection, channel);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                probe._incoming.Writer.TryWrite(Read(delivery));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
            return probe;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The first event (seen so far or arriving within <paramref name="timeout"/>) whose message matches.</summary>
    public async Task<ProbedEvent<TEvent>> Next(Func<TEvent, bool> match, TimeSpan? timeout = null)
    {
        if (_unclaimed.FindIndex(e => match(e.Message)) is var index and >= 0)
        {
            var seen = _unclaimed[index];
            _unclaimed.RemoveAt(index);
            return seen;
        }

        var wait = timeout ?? DefaultTimeout;
        using var deadline = new CancellationTokenSource(wait);
        try
        {
            while (true)
            {
                var next = await _incoming.Reader.ReadAsync(deadline.Token);
                if (match(next.Message)) return next;
                _unclaimed.Add(next);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"No matching {typeof(TEvent).Name} within {wait.TotalSeconds} s; other events seen: "
                + (_unclaimed.Count == 0 ? "none" : string.Join(", ", _unclaimed.Select(e => JsonSerializer.Serialize(e.Message, Json)))));
        }
    }

    /// <summary>Fails if an event whose message matches has arrived, or arrives within <paramref name="window"/>.</summary>
    public async Task ExpectNone(Func<TEvent, bool> match, TimeSpan? window = null)
    {
        try
        {
            var unexpected = await Next(match, window ?? DefaultQuietWindow);
            Assert.Fail($"Expected no matching {typeof(TEvent).Name}, but got {JsonSerializer.Serialize(unexpected.Message, Json)} (tenant {unexpected.Tenant}).");
        }
        catch (TimeoutException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static ProbedEvent<TEvent> Read(BasicDeliverEventArgs delivery)
    {
        // The body must be copied here: RabbitMQ.Client reuses its buffer after the handler returns.
        var envelope = Encoding.UTF8.GetString(delivery.Body.Span);
        using var document = JsonDocument.Parse(envelope);
        var message = document.RootElement.GetProperty("message").Deserialize<TEvent>(Json)
            ?? throw new InvalidOperationException($"The envelope holds no {typeof(TEvent).Name}: {envelope}");
        var headers = (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => h.Value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => null,
                var other => other.ToString(),
            });
        return new ProbedEvent<TEvent>(message, headers.GetValueOrDefault(TenantHeader.Name), headers, envelope);
    }
}
