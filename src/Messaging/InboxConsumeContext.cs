using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging;

/// <summary>
/// The consume context a consumer sees behind the inbox: what it publishes or sends becomes
/// consumer-outbox rows in its own DbContext, committed together with its changes and the inbox row.
/// MassTransit's <see cref="OutboxMessagePipe{TMessage}"/> drives it through consume, then delivery.
/// </summary>
internal sealed class InboxConsumeContext<TContext, TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    TContext db,
    InboxState inbox) : OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TContext : TenantDbContext
    where TMessage : class
{
    public override Guid? MessageId => inbox.MessageId;

    public override bool ContinueProcessing { get; set; } = true;

    public override bool IsMessageConsumed => inbox.Consumed.HasValue;

    public override bool IsOutboxDelivered => inbox.Delivered.HasValue;

    public override int ReceiveCount => inbox.ReceiveCount;

    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    public override async Task SetConsumed()
    {
        inbox.Consumed = DateTime.UtcNow;
        // Saves the consumer's own changes and its outgoing messages in the inbox transaction.
        await db.SaveChangesAsync(CancellationToken);
    }

    public override async Task SetDelivered()
    {
        inbox.Delivered = DateTime.UtcNow;
        await db.SaveChangesAsync(CancellationToken);
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var after = LastSequenceNumber ?? 0;
        var messages = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.InboxMessageId == MessageId && m.InboxConsumerId == ConsumerId && m.SequenceNumber > after)
            .OrderBy(m => m.SequenceNumber)
            .Take(Options.MessageDeliveryLimit + 1)
            .ToListAsync(CancellationToken);
        foreach (var message in messages)
            message.Deserialize(SerializerContext);
        return messages.Cast<OutboxMessageContext>().ToList();
    }

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        inbox.LastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    public override Task RemoveOutboxMessages() =>
        db.Set<OutboxMessage>()
            .Where(m => m.InboxMessageId == MessageId && m.InboxConsumerId == ConsumerId)
            .ExecuteDeleteAsync(CancellationToken);

    public override Task AddSend<T>(SendContext<T> context)
    {
        db.AddOutboxMessage(context, inboxMessageId: MessageId, inboxConsumerId: ConsumerId);
        return Task.CompletedTask;
    }
}
