using MassTransit;
using MassTransit.Batching;
using MassTransit.Context;

namespace GutAusgestattet.Messaging;

internal static class BatchParts
{
    /// <summary>The batch with only <paramref name="messages"/> of it, as its consumer sees them.</summary>
    public static ConsumeContext<Batch<TMessage>> Part<TMessage>(this ConsumeContext<Batch<TMessage>> batch, IReadOnlyList<ConsumeContext<TMessage>> messages)
        where TMessage : class =>
        messages.Count == batch.Message.Length ? batch
            : new BatchConsumeContext<TMessage>(batch, new MessageBatch<TMessage>(batch.Message.FirstMessageReceived, batch.Message.LastMessageReceived, batch.Message.Mode, messages));
}
