using GutAusgestattet.Messaging;
using GutAusgestattet.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>
/// The host on a virtual host of its own, as a broker user allowed only its own queues and the exchange of
/// <see cref="NoteCreated"/> — like a service whose permissions were not extended for an event it started to publish.
/// </summary>
public sealed class RefusedDestinationFixture : IAsyncLifetime
{
    public const int MaxAttempts = 3;

    private readonly string _virtualHost = $"refused-{Guid.NewGuid():N}";
    private readonly string _user = $"refused-{Guid.NewGuid():N}";

    public MessagingHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await VirtualHosts.CreateAsync(_virtualHost);
        const string own = @"msgtest-.+|GutAusgestattet\.Messaging\.Tests:NoteCreated";
        await VirtualHosts.CreateUserAsync(_virtualHost, _user, "refused-test", new BrokerPermissions($"^({own})$", $"^({own}|amq\\.default)$", $"^({own})$"));
        Host = await MessagingHost.StartAsync(bus => bus.AddConsumer<NoteCreatedConsumer>(), $"amqp://{_user}:refused-test@localhost:5672/{_virtualHost}",
            new Dictionary<string, string?> { ["Messaging:OutboxMaxAttempts"] = MaxAttempts.ToString() });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await VirtualHosts.DeleteAsync(_virtualHost);
        await VirtualHosts.DeleteUserAsync(_user);
    }
}

/// <summary>
/// A destination the broker refuses (ACCESS_REFUSED) is the message's own fault, not an outage: MassTransit keeps
/// retrying it until the send times out, but the outbox counts each such attempt and parks the message at the limit.
/// </summary>
public sealed class RefusedDestinationTests(RefusedDestinationFixture fixture) : IClassFixture<RefusedDestinationFixture>
{
    private const string Tenant = "09162000";
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task A_message_to_a_refused_exchange_is_parked_and_lets_the_next_ones_through()
    {
        using var parkings = new OutboxInstrument("messaging.outbox.parked");
        var refused = Guid.NewGuid();
        await Host.PublishAndSaveAsync(Tenant, new PoisonPill(Tenant, refused));
        var good = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in good) await Host.PublishAndSaveAsync(Tenant, new NoteCreated(Tenant, id, "behind the refused one"));

        await Recorder.Until(() => good.All(id => Host.Recorder.Messages<NoteCreated>().Any(m => m.NoteId == id)), TimeSpan.FromSeconds(60),
            "the messages behind the refused one arrived");

        // Sent beside it, they need not wait for it; it is parked once its attempts are used up.
        await Recorder.Until(async () => await Host.Query(Tenant, db => db.Set<OutboxMessage>().AnyAsync(m => m.Parked != null)), TimeSpan.FromSeconds(60),
            "the refused one was parked");
        var parked = await Host.Query(Tenant, db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageType.Contains(":PoisonPill")));
        Assert.Equal(RefusedDestinationFixture.MaxAttempts, parked.DeliveryAttempts);
        Assert.Contains("ACCESS_REFUSED", parked.LastDeliveryError);
        Assert.Equal(1, parkings.Sum);
    }
}
