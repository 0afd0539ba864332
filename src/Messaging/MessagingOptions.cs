namespace GutAusgestattet.Messaging;

/// <summary>Bound from the <c>Messaging</c> section; the defaults suit production, tests shorten them.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Prefix of every queue this service consumes from; defaults to the application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// Declare the service's queues as RabbitMQ quorum queues (replicated across the broker cluster;
    /// production), not classic ones (a single local broker). A queue keeps the type it was declared
    /// with: switching needs the queues deleted while the service is stopped.
    /// </summary>
    public bool QuorumQueues { get; set; }

    /// <summary>In-process retries of a failing consumer, before the message is redelivered.</summary>
    /// <remarks>Null until bound: the configuration binder appends to arrays instead of replacing them.</remarks>
    public TimeSpan[]? RetryIntervals { get; set; }

    /// <summary>Delays of redeliveries through the broker after the retries; then the message goes to <c>_error</c>.</summary>
    public TimeSpan[]? RedeliveryDelays { get; set; }

    /// <summary>How often the delivery service looks for outbox rows nobody told it about (other instances, crashes).</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest pause between delivery attempts while the broker or the database is down.</summary>
    public TimeSpan OutboxMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Send timeout of one outbox message; a broker outage fails the round after this.</summary>
    public TimeSpan MessageDeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Failed sends of one outbox message, each its own fault (it cannot be read or serialized, or its
    /// send fails with an error other than a timeout while the bus is connected), after which the
    /// message is parked: kept in the outbox table with its last error, logged at Error, counted in
    /// <c>messaging.outbox.parked</c>, and never sent again, so it no longer holds back the messages
    /// behind it. Failures of a broker outage never count, nor do timeouts (see docs/operations.md).
    /// </summary>
    public int OutboxMaxAttempts { get; set; } = 10;

    /// <summary>Messages (and outboxes) sent per delivery transaction; keeps transactions short.</summary>
    public int MessageDeliveryLimit { get; set; } = 100;

    /// <summary>How long a consumed message id is remembered, i.e. within which a redelivery is a no-op.</summary>
    public TimeSpan DuplicateDetectionWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often inbox rows older than <see cref="DuplicateDetectionWindow"/> are deleted.</summary>
    public TimeSpan InboxCleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan[] Retries => RetryIntervals ?? [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    public TimeSpan[] Redeliveries => RedeliveryDelays ?? [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];
}
