using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>Talks to RabbitMQ directly, below MassTransit: to forge messages no service would send, and to read error queues.</summary>
public static class Broker
{
    /// <summary>Puts a MassTransit envelope straight into a queue, with the tenant header only if given.</summary>
    public static async Task SendRaw<T>(string broker, string queue, Guid messageId, T message, string? tenantHeader)
    {
        var headers = new Dictionary<string, object?>();
        if (tenantHeader is not null) headers["tenant"] = tenantHeader;
        var envelope = new Dictionary<string, object?>
        {
            ["messageId"] = messageId,
            ["messageType"] = new[] { $"urn:message:{typeof(T).Namespace}:{typeof(T).Name}" },
            ["headers"] = headers,
            ["message"] = message,
        };
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties
        {
            MessageId = messageId.ToString(),
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
            Headers = headers.ToDictionary(h => h.Key, h => (object?)Encoding.UTF8.GetBytes((string)h.Value!)),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await channel.BasicPublishAsync("", queue, mandatory: false, properties, body);
    }

    /// <summary>Waits until the message shows up in the error queue and returns its headers, strings decoded.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadError(string broker, string queue, Guid messageId, TimeSpan? timeout = null)
    {
        IReadOnlyDictionary<string, string>? found = null;
        await Recorder.Until(async () => (found = await TryTake($"{queue}_error", broker, messageId)) is not null, timeout ?? TimeSpan.FromSeconds(30),
            $"message {messageId} is in {queue}_error");
        return found!;
    }

    private static async Task<IReadOnlyDictionary<string, string>?> TryTake(string queue, string broker, Guid messageId)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: false) is { } result)
            {
                if (result.BasicProperties.MessageId != messageId.ToString()) continue;
                await channel.BasicAckAsync(result.DeliveryTag, multiple: false);
                return (result.BasicProperties.Headers ?? new Dictionary<string, object?>())
                    .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? "");
            }
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // The error queue is declared with the first failure; until then there is nothing to read.
        }

        // Unacknowledged messages of other tests go back to the queue when the channel closes.
        return null;
    }
}
