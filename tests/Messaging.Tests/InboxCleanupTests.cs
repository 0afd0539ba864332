using GutAusgestattet.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>The inbox remembers a consumed message for the duplicate detection window, then forgets it.</summary>
public sealed class InboxCleanupTests : IAsyncLifetime
{
    private const string Tenant = "09162000";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    private MessagingHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagingHost.StartAsync(
        bus => bus.AddConsumer<CountNoteConsumer>(),
        settings: new Dictionary<string, string?>
        {
            ["Messaging:DuplicateDetectionWindow"] = Window.ToString(),
            ["Messaging:InboxCleanupInterval"] = "00:00:00.200",
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Inbox_rows_stay_within_the_window_and_are_deleted_after_it()
    {
        var noteId = await _host.AddNoteAsync(Tenant, "counted");

        var messageId = NewId.NextGuid();
        var endpoint = await _host.EndpointOfAsync<CountNoteConsumer>();
        await endpoint.Send(new CountNote(Tenant, noteId), context => context.MessageId = messageId);
        await Recorder.Until(() => _host.Recorder.CompletedCount(messageId) == 1, because: "the message was consumed");
        var consumedAt = DateTime.UtcNow;

        var row = await _host.Query(Tenant, db => db.Set<InboxState>().SingleAsync(i => i.MessageId == messageId));
        Assert.NotNull(row.Delivered);
        // Rounds of the cleanup ran meanwhile; one run within the window must not touch the row.
        await Task.Delay(Window / 3);
        if (DateTime.UtcNow - consumedAt < Window)
            Assert.True(await _host.Query(Tenant, db => db.Set<InboxState>().AnyAsync(i => i.MessageId == messageId)), "removed within the window");

        await Recorder.Until(
            async () => !await _host.Query(Tenant, db => db.Set<InboxState>().AnyAsync(i => i.MessageId == messageId)),
            TimeSpan.FromSeconds(20), "the row was deleted after the window");
        Assert.True(DateTime.UtcNow - row.Delivered!.Value >= Window, "deleted before the window had passed");
    }
}
