using GutAusgestattet.Contracts;
using MassTransit;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Copies the tenant from the event body into the <see cref="TenantHeader.Name"/> header, so
/// consumers can check it before reading anything else. Runs while the send context is built,
/// before a message is written to the outbox, so the header is stored with the row.
/// </summary>
public sealed class TenantHeaderFilter : IFilter<SendContext>, IFilter<PublishContext>
{
    public Task Send(SendContext context, IPipe<SendContext> next)
    {
        SetHeader(context);
        return next.Send(context);
    }

    public Task Send(PublishContext context, IPipe<PublishContext> next)
    {
        SetHeader(context);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("tenantHeader");

    // SendContext<T> is covariant, so every concrete event type matches here.
    private static void SetHeader(SendContext context)
    {
        if (context is SendContext<ITenantEvent> tenantEvent)
            context.Headers.Set(TenantHeader.Name, tenantEvent.Message.TenantId);
    }
}
