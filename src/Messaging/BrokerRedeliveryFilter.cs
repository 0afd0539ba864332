using MassTransit;
using MassTransit.Configuration;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Redelivery without RabbitMQ's delayed-exchange plugin (not available on our brokers): a message
/// that still fails after the in-process retries is parked in a per-delay queue whose TTL dead-letters
/// it back into the endpoint's queue. After the last delay the failure goes on to the <c>_error</c> queue.
/// The copy is confirmed by the broker before the original is acknowledged, so nothing is lost.
/// </summary>
internal sealed class BrokerRedeliveryFilter(IReadOnlyList<TimeSpan> delays) : IFilter<ConsumeContext>, IPipeSpecification<ConsumeContext>
{
    /// <summary>
    /// MassTransit's header name, but read from the transport headers: the copy keeps its original
    /// envelope, so <c>GetRedeliveryCount()</c> (which reads the envelope) does not see it.
    /// </summary>
    public const string RedeliveryCountHeader = "MT-Redelivery-Count";

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (ShouldRedeliver(context, exception))
        {
            await Redeliver(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("brokerRedelivery");

    public void Apply(IPipeBuilder<ConsumeContext> builder) => builder.AddFilter(this);

    public IEnumerable<ValidationResult> Validate() => [];

    private static int RedeliveryCount(ConsumeContext context) =>
        context.ReceiveContext.TransportHeaders.Get<int>(RedeliveryCountHeader) ?? 0;

    private bool ShouldRedeliver(ConsumeContext context, Exception exception) =>
        exception is not MessageTenantException
        && !context.CancellationToken.IsCancellationRequested
        && RedeliveryCount(context) < delays.Count
        && context.ReceiveContext is RabbitMqBasicConsumeContext
        && context.ReceiveContext.TryGetPayload<ChannelContext>(out _);

    private async Task Redeliver(ConsumeContext context)
    {
        var received = (RabbitMqBasicConsumeContext)context.ReceiveContext;
        context.ReceiveContext.TryGetPayload<ChannelContext>(out var channel);
        var count = RedeliveryCount(context);
        var delay = delays[count];
        var queue = context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1];
        var parking = $"{queue}_redelivery_{(long)delay.TotalMilliseconds}ms";

        // Declaring is idempotent; x-expires removes a parking queue nobody has used for a while.
        await channel!.QueueDeclare(parking, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
        {
            ["x-message-ttl"] = (long)delay.TotalMilliseconds,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = queue,
            ["x-expires"] = (long)(delay.TotalMilliseconds * 2 + TimeSpan.FromMinutes(10).TotalMilliseconds),
        }!, context.CancellationToken);

        var properties = new BasicProperties(received.Properties)
        {
            Headers = new Dictionary<string, object?>(received.Properties.Headers ?? new Dictionary<string, object?>())
            {
                [RedeliveryCountHeader] = count + 1,
            },
        };
        await channel.BasicPublishAsync("", parking, mandatory: true, properties, context.ReceiveContext.Body.GetBytes(),
            awaitAck: true, context.CancellationToken);
    }
}
