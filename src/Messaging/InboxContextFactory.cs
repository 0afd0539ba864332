using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging;

/// <summary>
/// The inbox on the consumer's own DbContext (MassTransit's outbox seam). Each step runs in one
/// transaction that holds the inbox row locked: first the row is created, then the consumer runs
/// and commits with it, then its outgoing messages are sent; a redelivery finds the row and stops.
/// </summary>
internal sealed class InboxContextFactory<TContext>(TContext db, IServiceProvider provider, ConsumeMetrics metrics) : IOutboxContextFactory<TContext>
    where TContext : TenantDbContext
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "The inbox needs a MessageId.");
        var continueProcessing = true;
        // A step that collided with a concurrent one (see ConflictRetry) runs again at once; the message retry and the
        // broker's redelivery get only what still fails after that.
        while (continueProcessing)
            continueProcessing = await ConflictRetry.RunAsync(
                () => db.Database.CreateExecutionStrategy().ExecuteAsync(() => Step(context, options, next, messageId)),
                conflict => metrics.Collided(typeof(T).Name, conflict), context.CancellationToken);
    }

    private async Task<bool> Step<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next, Guid messageId)
        where T : class
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);

        // Claiming by UPDATE locks the row on every provider until this step commits, so the same
        // message consumed concurrently (a redelivery racing the original) runs one after the other.
        var claimed = await db.Set<InboxState>()
            .Where(i => i.MessageId == messageId && i.ConsumerId == options.ConsumerId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LockId, Guid.NewGuid()), context.CancellationToken);

        if (claimed == 0)
        {
            // A concurrent first delivery loses on the unique key and is retried, then finds the row.
            db.Add(new InboxState
            {
                MessageId = messageId,
                ConsumerId = options.ConsumerId,
                LockId = Guid.NewGuid(),
                Received = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
            return true;
        }

        var inbox = await db.Set<InboxState>()
            .SingleAsync(i => i.MessageId == messageId && i.ConsumerId == options.ConsumerId, context.CancellationToken);
        inbox.ReceiveCount++;

        var outboxContext = new InboxConsumeContext<TContext, T>(context, options, provider, db, inbox);
        await next.Send(outboxContext);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return outboxContext.ContinueProcessing;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox").Add("provider", "entityFrameworkCore");
}
