using System.Collections.Concurrent;
using GutAusgestattet.Contracts;
using MassTransit;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>What the consumers saw and how each received message ended, for tests to wait on.</summary>
public sealed class Recorder : IReceiveObserver
{
    private readonly ConcurrentQueue<Seen> _seen = new();
    private readonly ConcurrentQueue<Guid> _completed = new();
    private readonly ConcurrentQueue<Guid> _faulted = new();

    public sealed record Seen(object Message, Guid? MessageId, string? TenantHeader);

    public void Record<T>(ConsumeContext<T> context) where T : class =>
        _seen.Enqueue(new Seen(context.Message, context.MessageId, context.Headers.Get<string>(TenantHeader.Name)));

    public IReadOnlyList<Seen> All => _seen.ToList();

    public IReadOnlyList<T> Messages<T>() => _seen.Select(s => s.Message).OfType<T>().ToList();

    public int CompletedCount(Guid messageId) => _completed.Count(id => id == messageId);

    public bool Faulted(Guid messageId) => _faulted.Contains(messageId);

    /// <summary>Polls until the condition holds; fails the test after the timeout instead of sleeping a fixed time.</summary>
    public static Task Until(Func<bool> condition, TimeSpan? timeout = null, string? because = null) =>
        Until(() => Task.FromResult(condition()), timeout, because);

    public static async Task Until(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (cancellation.IsCancellationRequested)
                Assert.Fail($"Timed out waiting {(because is null ? "for a condition" : "until " + because)}.");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id) _completed.Enqueue(id);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        if (context.GetMessageId() is { } id) _faulted.Enqueue(id);
        return Task.CompletedTask;
    }
}
