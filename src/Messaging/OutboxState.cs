namespace GutAusgestattet.Messaging;

/// <summary>
/// One unit of work's messages in the bus outbox. The delivery service claims a row by updating
/// <see cref="LockId"/> inside its transaction: the database's row lock keeps a second instance
/// from delivering the same messages until the first has committed or rolled back.
/// </summary>
public sealed class OutboxState
{
    public Guid OutboxId { get; set; }

    public Guid LockId { get; set; }

    public DateTime Created { get; set; }
}
