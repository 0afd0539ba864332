using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware.Outbox;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Decides per scope where IPublishEndpoint and ISendEndpointProvider write: inside a consumer to
/// the consume context (which the inbox has made the consumer outbox), everywhere else to the bus outbox.
/// </summary>
internal sealed class OutboxScopedBusContextProvider<TContext> : IScopedBusContextProvider<IBus>, IDisposable
    where TContext : TenantDbContext
{
    public OutboxScopedBusContextProvider(IBus bus, TContext db, IBusOutboxNotification signal,
        Bind<IBus, IClientFactory> clientFactory, Bind<IBus, IScopedConsumeContextProvider> busConsumeContext,
        IScopedConsumeContextProvider globalConsumeContext, IServiceProvider provider)
    {
        if (busConsumeContext.Value.HasContext)
            Context = new ConsumeContextScopedBusContext(busConsumeContext.Value.GetContext(), clientFactory.Value);
        else if (globalConsumeContext.HasContext)
            Context = new ConsumeContextScopedBusContext<IBus>(bus, globalConsumeContext.GetContext(), clientFactory.Value, provider);
        else
            Context = new BusOutboxContext<TContext>(bus, db, signal, clientFactory.Value, provider);
    }

    public ScopedBusContext Context { get; }

    public void Dispose() => (Context as IDisposable)?.Dispose();
}
