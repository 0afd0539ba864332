using GutAusgestattet.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Consumes one tenant's messages of a batch in one transaction with their inbox rows: a message whose row says consumed
/// (a redelivery, or a copy in another batch) is left out, the others get their rows and are consumed together. One
/// transaction instead of the per-message inbox's several, which was a quarter of the consumers' work per message.
/// </summary>
internal sealed class BatchInbox<TContext>(TContext db, ConsumeMetrics metrics) where TContext : TenantDbContext
{
    public Task ConsumeAsync<TMessage>(ConsumeContext<Batch<TMessage>> batch, List<ConsumeContext<TMessage>> messages, Guid consumerId,
        IPipe<ConsumeContext<Batch<TMessage>>> next)
        where TMessage : class =>
        // A unit of work that collided with a concurrent one runs again at once, as in the per-message inbox.
        ConflictRetry.RunAsync(() => db.Database.CreateExecutionStrategy().ExecuteAsync(() => StepAsync(batch, messages, consumerId, next)),
            conflict => metrics.Collided($"Batch<{typeof(TMessage).Name}>", conflict), batch.CancellationToken);

    private async Task<bool> StepAsync<TMessage>(ConsumeContext<Batch<TMessage>> batch, List<ConsumeContext<TMessage>> messages, Guid consumerId,
        IPipe<ConsumeContext<Batch<TMessage>>> next)
        where TMessage : class
    {
        var ct = batch.CancellationToken;
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = messages.Select(m => m.GetOriginalMessageId() ?? throw new MessageException(typeof(TMessage), "The inbox needs a MessageId.")).ToList();
        var rows = db.Set<InboxState>().Where(i => ids.Contains(i.MessageId) && i.ConsumerId == consumerId);
        // Locks the rows of these messages until the commit: a copy consumed concurrently waits, then finds them consumed.
        // A copy inserting the same new row at once fails on the unique key and runs again.
        await rows.ExecuteUpdateAsync(s => s.SetProperty(i => i.LockId, Guid.NewGuid()), ct);
        var seen = await rows.ToDictionaryAsync(i => i.MessageId, ct);
        var now = DateTime.UtcNow;
        var fresh = new List<ConsumeContext<TMessage>>();
        foreach (var (message, id) in messages.Zip(ids))
        {
            if (!seen.TryGetValue(id, out var row))
                db.Add(seen[id] = row = new InboxState { MessageId = id, ConsumerId = consumerId, LockId = Guid.NewGuid(), Received = now });
            row.ReceiveCount++;
            if (row.Consumed is not null) continue;
            // Nothing to deliver afterwards: a batch consumer publishes nothing, so the row is done with the commit.
            row.Consumed = row.Delivered = now;
            fresh.Add(message);
        }
        if (fresh.Count > 0) await next.Send(batch.Part(fresh));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
