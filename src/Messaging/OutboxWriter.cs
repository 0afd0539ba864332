using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;

namespace GutAusgestattet.Messaging;

/// <summary>Turns a fully built send context (send/publish filters have run) into an outbox row.</summary>
internal static class OutboxWriter
{
    public static void AddOutboxMessage<T>(this TenantDbContext db, SendContext<T> context,
        Guid? outboxId = null, Guid? inboxMessageId = null, Guid? inboxConsumerId = null)
        where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "The outbox needs a MessageId.");
        var now = DateTime.UtcNow;
        var serializer = SystemTextJsonMessageSerializer.Instance;
        var message = new OutboxMessage
        {
            OutboxId = outboxId,
            InboxMessageId = inboxMessageId,
            InboxConsumerId = inboxConsumerId,
            MessageId = messageId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            DestinationAddress = context.DestinationAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime ?? now,
            ContentType = context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString(),
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            Headers = serializer.SerializeDictionary(context.Headers.GetAll()),
            ExpirationTime = now + context.TimeToLive,
            EnqueueTime = now + context.Delay,
        };
        if (context is TransportSendContext<T> transport)
        {
            var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transport.WritePropertiesTo(properties);
            message.Properties = serializer.SerializeDictionary(properties);
        }

        // Publishing concurrently from one scope is allowed by MassTransit; neither the change tracker nor the staging is thread-safe.
        lock (db) db.AddRow(message);
    }
}
