using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GutAusgestattet.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GutAusgestattet.FunctionalTests.Replicas;

/// <summary>One integration event as it crossed the broker: its type and its message.</summary>
public sealed record HeardEvent(string Type, JsonElement Message)
{
    /// <summary>
    /// What makes it this business event, not another: the type and the message's top-level values (tenant, ids,
    /// keys, versions, revisions, days), without the state it carries. The same key twice is the same event
    /// announced twice — by two replicas doing one piece of work, or one outbox row sent twice.
    /// </summary>
    public string Key => $"{Type} {string.Join(' ', Message.EnumerateObject()
        .Where(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        .Select(p => $"{p.Name}={p.Value}"))}";
}

/// <summary>
/// Hears every integration event of the contracts on a virtual host: one queue of its own bound to the exchange of every
/// event type in <see cref="ITenantEvent"/>'s assembly, the internal ones included (the tests' broker user may read them;
/// an outside consumer's may not).
/// </summary>
public sealed class ContractListener : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly ConcurrentQueue<HeardEvent> _heard = new();

    private ContractListener(IConnection connection) => _connection = connection;

    public static IReadOnlyList<Type> EventTypes { get; } = EventRoute.Events();

    public IReadOnlyList<HeardEvent> Heard => [.. _heard];

    public IEnumerable<JsonElement> Of<TEvent>() => _heard.Where(e => e.Type == typeof(TEvent).Name).Select(e => e.Message);

    public static async Task<ContractListener> StartAsync(Uri broker)
    {
        var connection = await new ConnectionFactory { Uri = broker, ClientProvidedName = "contract listener" }.CreateConnectionAsync();
        var listener = new ContractListener(connection);
        var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true);
        foreach (var type in EventTypes)
        {
            // Declared as MassTransit declares them, so binding works before the first publish.
            var exchange = EventRoute.Exchange(type);
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue.QueueName, exchange, routingKey: "");
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span)).RootElement;
            listener._heard.Enqueue(new HeardEvent(delivery.Exchange.Split(':')[^1], envelope.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return listener;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
