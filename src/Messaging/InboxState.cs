namespace GutAusgestattet.Messaging;

/// <summary>
/// That a consumer has seen a message: keyed by message id and consumer, so a redelivered message
/// finds its row and becomes a no-op once <see cref="Consumed"/> and <see cref="Delivered"/> are set.
/// </summary>
public sealed class InboxState
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public Guid ConsumerId { get; set; }

    /// <summary>Changed by every claim, and checked on every update: two claims never both win.</summary>
    public Guid LockId { get; set; }

    public DateTime Received { get; set; }

    public int ReceiveCount { get; set; }

    /// <summary>When the consumer's work committed.</summary>
    public DateTime? Consumed { get; set; }

    /// <summary>When the consumer's outgoing messages were all sent; the cleanup window starts here.</summary>
    public DateTime? Delivered { get; set; }

    public long? LastSequenceNumber { get; set; }
}
