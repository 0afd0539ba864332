using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging;

public static class OutboxModel
{
    /// <summary>
    /// The outbox and inbox tables. They belong to the service, not to a tenant: delivery and
    /// duplicate detection run outside any tenant scope. Only portable EF mappings, so every
    /// provider creates them from its own migrations.
    /// </summary>
    public static ModelBuilder AddOutboxModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.HasKey(m => m.SequenceNumber);
            message.Property(m => m.SequenceNumber).ValueGeneratedOnAdd();
            message.Property(m => m.ContentType).HasMaxLength(256);
            message.Property(m => m.MessageType).IsRequired();
            message.Property(m => m.Body).IsRequired();
            message.Property(m => m.SourceAddress).HasMaxLength(256);
            message.Property(m => m.DestinationAddress).HasMaxLength(256);
            message.Property(m => m.ResponseAddress).HasMaxLength(256);
            message.Property(m => m.FaultAddress).HasMaxLength(256);
            message.Property(m => m.LastDeliveryError).HasMaxLength(OutboxDeliveryFailure.MaxErrorLength);
            message.HasIndex(m => new { m.OutboxId, m.SequenceNumber }).IsUnique();
            message.HasIndex(m => new { m.InboxMessageId, m.InboxConsumerId, m.SequenceNumber }).IsUnique();
        });

        modelBuilder.Entity<OutboxState>(state =>
        {
            state.HasKey(s => s.OutboxId);
            state.Property(s => s.LockId).IsConcurrencyToken();
            state.HasIndex(s => s.Created);
        });

        modelBuilder.Entity<InboxState>(inbox =>
        {
            inbox.HasKey(i => i.Id);
            inbox.Property(i => i.Id).ValueGeneratedOnAdd();
            inbox.HasAlternateKey(i => new { i.MessageId, i.ConsumerId });
            inbox.Property(i => i.LockId).IsConcurrencyToken();
            inbox.HasIndex(i => i.Delivered);
        });
        return modelBuilder;
    }
}
