using System.Text.Json;
using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.DependencyInjection;
using MassTransit.Logging;
using MassTransit.Middleware.Outbox;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GutAusgestattet.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// The bus every service uses: RabbitMQ from connection string <c>messaging</c>, queues named
    /// <c>{service}-{consumer}</c>, publishing only through the transactional outbox in
    /// <typeparamref name="TContext"/>, consuming only through its inbox, every message scoped to
    /// its tenant, failures retried, redelivered, then parked in <c>{queue}_error</c>. Internal events
    /// (<see cref="GutAusgestattet.Contracts.InternalEventAttribute"/>) go to their own exchanges.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging<TContext>(this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> configureConsumers)
        where TContext : TenantDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString) || !Uri.TryCreate(connectionString, UriKind.Absolute, out var brokerUri))
            throw new InvalidOperationException(
                $"Connection string '{ConnectionName}' is missing or not an amqp:// URI: set ConnectionStrings__{ConnectionName}.");

        var section = builder.Configuration.GetSection(MessagingOptions.Section);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();
        var serviceName = options.ServiceName ?? builder.Environment.ApplicationName;
        builder.Services.AddSingleton(Options.Create(options));

        builder.Services.AddMassTransit(bus =>
        {
            // Our services must not call home to a third party; the hosts here cannot reach it anyway.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers(bus);

            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                if (options.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                    rabbitEndpoint.SetQuorumQueue();
                // Nobody subscribes to Fault<T>, and a fault of an internal event would carry one household's answers
                // onto an exchange outside the internal route; the _error queue keeps the message and the exception.
                endpoint.PublishFaults = false;
                // Outermost first: redelivery wraps retry, retry wraps the tenant check and the inbox.
                // Retry is a pre-pipe specification, so redelivery must be one too to end up outside it.
                endpoint.AddPrePipeSpecification(new BrokerRedeliveryFilter(options.Redeliveries));
                endpoint.UseMessageRetry(retry => retry.Intervals(options.Retries).Ignore<MessageTenantException>());
                endpoint.UseConsumeFilter(typeof(TenantConsumeFilter<>), context);
                var inbox = new InboxConfigurationObserver<TContext>(endpoint, context);
                endpoint.ConnectConsumerConfigurationObserver(inbox);
                endpoint.ConnectSagaConfigurationObserver(inbox);
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri);
                rabbit.MessageTopology.SetEntityNameFormatter(new EventRouteNameFormatter(rabbit.MessageTopology.EntityNameFormatter));
                // MassTransit indents its JSON by default: twice the bytes per message to write, store
                // in the outbox (compressed by PostgreSQL past 2 KB) and send, for no reader's benefit.
                rabbit.ConfigureJsonSerializerOptions(options => new JsonSerializerOptions(options) { WriteIndented = false });
                var tenantHeader = new TenantHeaderFilter();
                rabbit.ConfigureSend(send => send.UseFilter(tenantHeader));
                rabbit.ConfigurePublish(publish => publish.UseFilter(tenantHeader));
                rabbit.ConfigureEndpoints(context);
            });

            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = ConnectionName;
                health.Tags.Add("ready");
                // A broker outage keeps the service in the load balancer: the outbox takes what is
                // published meanwhile and delivers it when the broker is back. Shown, not failing.
                health.MinimalFailureStatus = HealthStatus.Degraded;
            });
        });

        AddOutbox<TContext>(builder.Services, options);

        // MassTransit's traces carry one request across services through the bus; its metrics and the outbox's join the service's.
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(InstrumentationOptions.MeterName).AddMeter(OutboxMetrics.MeterName));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName));
        return builder;
    }

    private static void AddOutbox<TContext>(IServiceCollection services, MessagingOptions options)
        where TContext : TenantDbContext
    {
        services.TryAddScoped(typeof(TenantConsumeFilter<>));
        services.AddScoped<MassTransit.Middleware.IOutboxContextFactory<TContext>, InboxContextFactory<TContext>>();
        services.AddSingleton<IBusOutboxNotification>(new OutboxDeliverySignal(options.OutboxPollInterval));
        services.Replace(ServiceDescriptor.Scoped<IScopedBusContextProvider<IBus>, OutboxScopedBusContextProvider<TContext>>());
        services.TryAddSingleton<OutboxMetrics>();
        services.TryAddSingleton<ConsumeMetrics>();
        services.AddScoped<BatchInbox<TContext>>();
        services.TryAddSingleton<RefusedSends>();
        services.AddHostedService<OutboxDeliveryService<TContext>>();
        services.AddOptions<InboxCleanupServiceOptions>().Configure(cleanup =>
        {
            cleanup.DuplicateDetectionWindow = options.DuplicateDetectionWindow;
            cleanup.QueryDelay = options.InboxCleanupInterval;
            cleanup.QueryTimeout = TimeSpan.FromSeconds(30);
        });
        services.AddHostedService<InboxCleanupService<TContext>>();
    }
}
