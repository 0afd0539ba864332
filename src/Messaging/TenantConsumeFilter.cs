using GutAusgestattet.Contracts;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Scopes a consumed message to its tenant before the inbox and the consumer run: the header must
/// be a valid AGS and agree with the body's tenant, then it becomes the scope's <see cref="TenantContext"/>,
/// which the consumer's <c>TenantDbContext</c> filters by. Anything else is refused for good.
/// </summary>
public sealed class TenantConsumeFilter<T>(TenantContext tenant) : IFilter<ConsumeContext<T>>
    where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var header = context.Headers.Get<string>(TenantHeader.Name);
        if (!Ags.TryParse(header, out var ags, out var error))
            throw new MessageTenantException($"Message {context.MessageId} has no valid '{TenantHeader.Name}' header: {error}");
        if (context.Message is ITenantEvent tenantEvent && tenantEvent.TenantId != ags.Value)
            throw new MessageTenantException(
                $"Message {context.MessageId} names tenant {tenantEvent.TenantId} in its body but {ags} in its header.");

        tenant.Set(ags);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("tenant");
}

/// <summary>A message that cannot be attributed to one tenant: never retried, it goes to the error queue.</summary>
public sealed class MessageTenantException(string message) : Exception(message);
