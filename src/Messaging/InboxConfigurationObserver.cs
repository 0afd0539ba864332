using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.JobService;
using MassTransit.Middleware;
using MassTransit.Transports;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Puts every consumer behind the inbox: MassTransit's per-message seam (<see cref="InboxContextFactory{TContext}"/>) for a
/// message, the <see cref="BatchInboxFilter{TContext, TMessage}"/> for a batch — the per-message seam would key a whole
/// batch by one message's id, and a redelivered message comes back in another batch.
/// </summary>
internal sealed class InboxConfigurationObserver<TContext>(IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    : IConsumerConfigurationObserver, ISagaConfigurationObserver
    where TContext : TenantDbContext
{
    private readonly OutboxConsumePipeSpecificationObserver<TContext> _perMessage = new(endpoint, context);

    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator) where TConsumer : class =>
        _perMessage.ConsumerConfigured(configurator);

    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class
    {
        if (!typeof(TMessage).IsGenericType || typeof(TMessage).GetGenericTypeDefinition() != typeof(Batch<>))
        {
            _perMessage.ConsumerMessageConfigured(configurator);
            return;
        }
        typeof(InboxConfigurationObserver<TContext>).GetMethod(nameof(AddBatchInbox), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(typeof(TConsumer), typeof(TMessage).GetGenericArguments()[0]).Invoke(this, [configurator]);
    }

    private void AddBatchInbox<TConsumer, TMessage>(IPipeConfigurator<ConsumeContext<Batch<TMessage>>> configurator)
        where TConsumer : class
        where TMessage : class
    {
        var consumerId = JobMetadataCache<TConsumer, Batch<TMessage>>.GenerateJobTypeId(endpoint.InputAddress.GetEndpointName());
        configurator.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<Batch<TMessage>>>(
            new BatchInboxFilter<TContext, TMessage>(context, consumerId, TypeCache<TConsumer>.ShortName)));
    }

    public void SagaConfigured<TSaga>(ISagaConfigurator<TSaga> configurator) where TSaga : class, ISaga =>
        _perMessage.SagaConfigured(configurator);

    public void StateMachineSagaConfigured<TInstance>(ISagaConfigurator<TInstance> configurator, SagaStateMachine<TInstance> stateMachine)
        where TInstance : class, ISaga, SagaStateMachineInstance =>
        _perMessage.StateMachineSagaConfigured(configurator, stateMachine);

    public void SagaMessageConfigured<TSaga, TMessage>(ISagaMessageConfigurator<TSaga, TMessage> configurator)
        where TSaga : class, ISaga
        where TMessage : class =>
        _perMessage.SagaMessageConfigured(configurator);
}
