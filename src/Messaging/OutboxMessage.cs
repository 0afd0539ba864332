using MassTransit;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace GutAusgestattet.Messaging;

/// <summary>
/// One message waiting in the outbox, stored with everything MassTransit needs to send it later
/// exactly as it was published. Rows with <see cref="OutboxId"/> came from a service scope (bus
/// outbox); rows with <see cref="InboxMessageId"/> were published by a consumer (consumer outbox).
/// </summary>
public sealed class OutboxMessage : OutboxMessageContext
{
    private Headers? _headers;
    private IReadOnlyDictionary<string, object>? _properties;

    /// <summary>Database-assigned, so it orders messages in the order they were written.</summary>
    public long SequenceNumber { get; set; }

    public Guid? OutboxId { get; set; }

    public Guid? InboxMessageId { get; set; }

    public Guid? InboxConsumerId { get; set; }

    public Guid MessageId { get; set; }

    public string ContentType { get; set; } = null!;

    public string MessageType { get; set; } = null!;

    public string Body { get; set; } = null!;

    /// <summary>Headers as JSON: the tenant header travels here until the message is sent.</summary>
    public string? Headers { get; set; }

    /// <summary>Transport properties (routing key and the like) as JSON.</summary>
    public string? Properties { get; set; }

    public Guid? ConversationId { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? InitiatorId { get; set; }

    public Guid? RequestId { get; set; }

    public Uri? SourceAddress { get; set; }

    public Uri? DestinationAddress { get; set; }

    public Uri? ResponseAddress { get; set; }

    public Uri? FaultAddress { get; set; }

    public DateTime SentTime { get; set; }

    public DateTime? EnqueueTime { get; set; }

    public DateTime? ExpirationTime { get; set; }

    /// <summary>Failed sends that were this message's own fault (see <see cref="OutboxDeliveryFailure"/>); broker outages do not count.</summary>
    public int DeliveryAttempts { get; set; }

    /// <summary>Why the last counted send failed: what an operator reads before repairing or deleting a parked message.</summary>
    public string? LastDeliveryError { get; set; }

    /// <summary>
    /// Set once <see cref="DeliveryAttempts"/> reached <c>Messaging:OutboxMaxAttempts</c>: the row stays
    /// for inspection but is never sent again, so the messages behind it are no longer held back.
    /// </summary>
    public DateTime? Parked { get; set; }

    Guid? MessageContext.MessageId => MessageId;

    DateTime? MessageContext.SentTime => SentTime;

    Headers MessageContext.Headers => _headers ?? EmptyHeaders.Instance;

    HostInfo MessageContext.Host => HostMetadataCache.Host;

    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties => _properties ?? new Dictionary<string, object>();

    /// <summary>Turns the stored JSON back into headers and properties before the row is sent.</summary>
    public void Deserialize(IObjectDeserializer deserializer)
    {
        var headers = string.IsNullOrWhiteSpace(Headers) ? null : deserializer.DeserializeObject<Dictionary<string, object?>>(Headers, null!);
        _headers = headers is { Count: > 0 } ? new DictionarySendHeaders(headers) : EmptyHeaders.Instance;
        _properties = string.IsNullOrWhiteSpace(Properties)
            ? new Dictionary<string, object>()
            : deserializer.DeserializeObject<Dictionary<string, object>>(Properties, null!) ?? new Dictionary<string, object>();
    }
}
