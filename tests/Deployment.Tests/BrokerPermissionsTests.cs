using System.Text.RegularExpressions;
using GutAusgestattet.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The broker permissions of the operators overlay (production-operators/data/rabbitmq-access.yaml) and of the outside
/// listener's template (production-operators/outside-listener): who may reach the events that carry one household's
/// answers. The smoke test runs every service with its own user and these permissions.
/// </summary>
public sealed class BrokerPermissionsTests : IAsyncLifetime
{
    private const string OutsideListener = "production-operators/outside-listener";
    private const string Password = "outside-listener-test";

    private static readonly IReadOnlyList<Type> Internal = [.. EventRoute.Events().Where(EventRoute.IsInternal)];

    private readonly string _virtualHost = $"walls-{Guid.NewGuid():N}";
    private readonly string _outsideUser = $"example-system-{Guid.NewGuid():N}";

    [Fact]
    public void The_needs_events_are_internal() =>
        Assert.Equal(["AnswersImported", "AnswersRetired", "NeedsImported", "NeedsReported", "NeedsReweighted", "NeedsWithdrawn"], Internal.Select(t => t.Name).Order());

    [Theory]
    [InlineData("surveys", true, false)]
    [InlineData("inventory", false, false)]
    [InlineData("gaps", false, true)]
    [InlineData("partners", false, false)]
    public void Only_surveys_may_publish_the_needs_events_and_only_gaps_read_them(string service, bool writes, bool reads)
    {
        var permissions = Overlay.BrokerPermissionsOf(service);

        Assert.All(Internal, type =>
        {
            Assert.Equal(writes, Regex.IsMatch(EventRoute.Exchange(type), permissions.Write));
            Assert.Equal(reads, Regex.IsMatch(EventRoute.Exchange(type), permissions.Read));
        });
    }

    /// <summary>The one event that flows back from Inventory to Partners: without these the broker refuses both services at start.</summary>
    [Fact]
    public void Inventory_may_publish_the_rejection_of_an_agreements_terms_and_partners_read_it()
    {
        var exchange = EventRoute.Exchange(typeof(Contracts.V1.AgreementTermsRejected));
        var (inventory, partners) = (Overlay.BrokerPermissionsOf("inventory"), Overlay.BrokerPermissionsOf("partners"));

        Assert.All(new[] { inventory.Configure, inventory.Write, partners.Configure, partners.Read }, permission => Assert.Matches(permission, exchange));
    }

    [Fact]
    public void An_outside_listener_may_read_every_public_event_and_no_internal_one()
    {
        var read = Overlay.BrokerPermissionsOf("example-system", OutsideListener).Read;

        Assert.All(EventRoute.Events().Where(t => !EventRoute.IsInternal(t)), type => Assert.Matches(read, EventRoute.Exchange(type)));
        Assert.All(Internal, type => Assert.DoesNotMatch(read, EventRoute.Exchange(type)));
    }

    [Fact]
    public async Task An_outside_listener_with_the_public_permissions_cannot_bind_to_needs_events()
    {
        await using var connection = await new ConnectionFactory
        {
            Uri = new Uri($"amqp://{_outsideUser}:{Password}@localhost:5672/{_virtualHost}"),
            ClientProvidedName = "outside listener",
        }.CreateConnectionAsync();
        const string queue = "example-system.events";
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(queue, EventRoute.Exchange(typeof(Contracts.V2.GapDetected)), routingKey: "");
        }

        foreach (var type in Internal)
        {
            // A refused operation closes its channel: one channel per attempt.
            await using var channel = await connection.CreateChannelAsync();
            var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.QueueBindAsync(queue, EventRoute.Exchange(type), routingKey: ""));
            Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);
            Assert.Contains("ACCESS_REFUSED", refused.ShutdownReason?.ReplyText);
        }
    }

    /// <summary>
    /// What the smoke run does not reach: a failing message is redelivered through a TTL queue of the service's own,
    /// declared with the default exchange as its dead-letter exchange and filled through that exchange
    /// (BrokerRedeliveryFilter), which RabbitMQ checks as <c>amq.default</c>.
    /// </summary>
    [Theory]
    [InlineData("surveys")]
    [InlineData("inventory")]
    [InlineData("gaps")]
    [InlineData("partners")]
    public async Task Each_service_may_redeliver_through_a_queue_of_its_own(string service)
    {
        var user = $"{service}-{Guid.NewGuid():N}";
        await VirtualHosts.CreateUserAsync(_virtualHost, user, Password, Overlay.BrokerPermissionsOf(service));
        try
        {
            await using var connection = await new ConnectionFactory { Uri = new Uri($"amqp://{user}:{Password}@localhost:5672/{_virtualHost}") }.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
            var queue = $"{service}.service-probe";
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueDeclareAsync($"{queue}_redelivery_100ms", durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
            {
                ["x-message-ttl"] = 100L,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = queue,
            });
            await channel.BasicPublishAsync("", $"{queue}_redelivery_100ms", mandatory: true, new BasicProperties(), "again"u8.ToArray());

            BasicGetResult? back = null;
            for (var deadline = DateTime.UtcNow.AddSeconds(10); back is null && DateTime.UtcNow < deadline; await Task.Delay(50))
                back = await channel.BasicGetAsync(queue, autoAck: true);
            Assert.NotNull(back);
        }
        finally
        {
            await VirtualHosts.DeleteUserAsync(user);
        }
    }

    /// <summary>A fresh virtual host with every event's exchange declared as the services declare them, and the outside listener's user.</summary>
    public async Task InitializeAsync()
    {
        await VirtualHosts.CreateAsync(_virtualHost);
        await using (var connection = await new ConnectionFactory { Uri = new Uri($"amqp://guest:guest@localhost:5672/{_virtualHost}") }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
            foreach (var type in EventRoute.Events())
                await channel.ExchangeDeclareAsync(EventRoute.Exchange(type), ExchangeType.Fanout, durable: true, autoDelete: false);
        await VirtualHosts.CreateUserAsync(_virtualHost, _outsideUser, Password, Overlay.BrokerPermissionsOf("example-system", OutsideListener));
    }

    public async Task DisposeAsync()
    {
        await VirtualHosts.DeleteAsync(_virtualHost);
        await VirtualHosts.DeleteUserAsync(_outsideUser);
    }
}
