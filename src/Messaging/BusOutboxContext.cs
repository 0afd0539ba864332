using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging;

/// <summary>
/// What a service scope outside a consumer (an HTTP request, a job) gets as IPublishEndpoint and
/// ISendEndpointProvider: every message becomes an outbox row in the scope's own DbContext, so it
/// is committed by the same SaveChanges as the business data, or not at all.
/// </summary>
internal sealed class BusOutboxContext<TContext> : ScopedBusContext, OutboxSendContext, IDisposable
    where TContext : TenantDbContext
{
    private readonly IBus _bus;
    private readonly TContext _db;
    private readonly IBusOutboxNotification _signal;
    private readonly IServiceProvider _provider;
    private readonly ScopedBusContext _direct;
    private OutboxState? _state;

    public BusOutboxContext(IBus bus, TContext db, IBusOutboxNotification signal, IClientFactory clientFactory, IServiceProvider provider)
    {
        _bus = bus;
        _db = db;
        _signal = signal;
        _provider = provider;
        _direct = new BusScopedBusContext<IBus>(bus, clientFactory, provider);
        PublishEndpoint = new PublishEndpoint(new OutboxPublishEndpointProvider(this, bus));
        SendEndpointProvider = new OutboxSendEndpointProvider(this, bus);
        // Without an explicit transaction SaveChanges is the commit: wake the delivery service now.
        _db.SavedChanges += OnSavedChanges;
    }

    public ISendEndpointProvider SendEndpointProvider { get; }

    public IPublishEndpoint PublishEndpoint { get; }

    /// <summary>Request/response cannot wait for a commit; requests go straight to the bus.</summary>
    public IScopedClientFactory ClientFactory => _direct.ClientFactory;

    public Task AddSend<T>(SendContext<T> context) where T : class
    {
        lock (_db)
        {
            // Messages published after a save (or a bulk write) belong to a new unit of work with its own outbox row.
            if (_state is null || !_db.IsAddPending(_state))
            {
                _state = new OutboxState { OutboxId = NewId.NextGuid(), LockId = Guid.NewGuid(), Created = DateTime.UtcNow };
                _db.AddRow(_state);
            }
        }

        _db.AddOutboxMessage(context, outboxId: _state.OutboxId);
        return Task.CompletedTask;
    }

    public object? GetService(Type serviceType) => _provider.GetService(serviceType);

    public void Dispose()
    {
        _db.SavedChanges -= OnSavedChanges;
        // An explicit transaction has committed (or rolled back) by the time the scope ends.
        if (_state is not null) _signal.Delivered();
    }

    private void OnSavedChanges(object? sender, SavedChangesEventArgs e)
    {
        if (_state is not null && _db.Database.CurrentTransaction is null) _signal.Delivered();
    }
}
