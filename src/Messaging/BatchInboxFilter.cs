using System.Diagnostics;
using System.Runtime.ExceptionServices;
using GutAusgestattet.Contracts;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using MassTransit.Context;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.Messaging;

/// <summary>
/// The inbox of a batch consumer (<c>IConsumer&lt;Batch&lt;T&gt;&gt;</c>). The batch is split by tenant, since a unit of work
/// never mixes tenants; each tenant's part is consumed in one transaction of its own scope, with one inbox row per message,
/// messages consumed before skipped (<see cref="BatchInbox{TContext}"/>). A part that fails is consumed again message by
/// message: the good ones are consumed and acknowledged, only the failing ones fault and go on alone to the message
/// retry, the broker's redelivery and at last the <c>_error</c> queue — a poison message does not take its batch along.
/// <para>A batch consumer must not publish: its consume context is not the outbox's. Gaps' needs consumer publishes nothing.</para>
/// </summary>
internal sealed class BatchInboxFilter<TContext, TMessage>(IServiceProvider services, Guid consumerId, string consumerType)
    : IFilter<ConsumeContext<Batch<TMessage>>>
    where TContext : TenantDbContext
    where TMessage : class
{
    public async Task Send(ConsumeContext<Batch<TMessage>> context, IPipe<ConsumeContext<Batch<TMessage>>> next)
    {
        var timer = Stopwatch.StartNew();
        var consumed = new List<ConsumeContext<TMessage>>();
        var failures = new List<Exception>();
        // TenantConsumeFilter has checked each message's header on its way into the batch.
        foreach (var part in context.Message.GroupBy(m => m.Headers.Get<string>(TenantHeader.Name)!).ToList())
        {
            List<ConsumeContext<TMessage>> messages = [.. part];
            if (await TryConsumeAsync(context, part.Key, messages, next) is not { } failure)
            {
                consumed.AddRange(messages);
                continue;
            }
            if (messages.Count == 1)
            {
                failures.Add(failure);
                continue;
            }
            services.GetRequiredService<ILogger<BatchInboxFilter<TContext, TMessage>>>().LogWarning(failure,
                "A batch of {Count} {MessageType} of tenant {Tenant} failed; consuming them one by one", messages.Count, typeof(TMessage).Name, part.Key);
            foreach (var message in messages)
            {
                if (await TryConsumeAsync(context, part.Key, [message], next) is { } alone) failures.Add(alone);
                else consumed.Add(message);
            }
        }
        if (failures.Count == 0) return;
        // Acknowledged as consumed, these are not faulted with the batch: only the failing messages go on to the retries.
        foreach (var message in consumed)
            await message.NotifyConsumed(message, timer.Elapsed, consumerType);
        ExceptionDispatchInfo.Throw(failures[0]);
    }

    /// <summary>Consumes the messages together in a scope of their tenant; the failure, if any.</summary>
    private async Task<Exception?> TryConsumeAsync(ConsumeContext<Batch<TMessage>> batch, string tenant, List<ConsumeContext<TMessage>> messages,
        IPipe<ConsumeContext<Batch<TMessage>>> next)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenant));
            // The consumer is resolved from this scope, so it works on the inbox's DbContext and in its transaction.
            var scoped = new ConsumeContextScope<Batch<TMessage>>(batch.Part(messages), scope, scope.ServiceProvider);
            await scope.ServiceProvider.GetRequiredService<BatchInbox<TContext>>().ConsumeAsync(scoped, messages, consumerId, next);
            return null;
        }
        catch (Exception e) when (!batch.CancellationToken.IsCancellationRequested)
        {
            return e;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("batchInbox");
}
