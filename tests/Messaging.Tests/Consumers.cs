using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Messaging.Tests;

public sealed class NoteCreatedConsumer(Recorder recorder) : IConsumer<NoteCreated>
{
    public Task Consume(ConsumeContext<NoteCreated> context)
    {
        recorder.Record(context);
        return Task.CompletedTask;
    }
}

/// <summary>Changes state on every run, so a second run of the same message would show.</summary>
public sealed class CountNoteConsumer(TestDbContext db, Recorder recorder) : IConsumer<CountNote>
{
    public async Task Consume(ConsumeContext<CountNote> context)
    {
        recorder.Record(context);
        var note = await db.Notes.SingleAsync(n => n.Id == context.Message.NoteId);
        note.Count++;
        await db.SaveChangesAsync();
    }
}

/// <summary>Claims the one tally row: of concurrent messages, only one can save at a time, the others collide.</summary>
public sealed class CountTallyConsumer(TestDbContext db, Recorder recorder) : IConsumer<CountTally>
{
    public async Task Consume(ConsumeContext<CountTally> context)
    {
        recorder.Record(context);
        var tally = await db.Tallies.SingleAsync(t => t.Id == context.Message.TallyId);
        tally.Count++;
        tally.Claims++;
        await db.SaveChangesAsync();
    }
}

public sealed class PoisonPillConsumer(Recorder recorder) : IConsumer<PoisonPill>
{
    public Task Consume(ConsumeContext<PoisonPill> context)
    {
        recorder.Record(context);
        throw new InvalidOperationException($"Poison pill {context.Message.Id} cannot be digested.");
    }
}

/// <summary>Writes data and publishes an event in one unit of work; optionally fails after both.</summary>
public sealed class CreateNoteConsumer(TestDbContext db, IPublishEndpoint publisher, Recorder recorder) : IConsumer<CreateNote>
{
    public async Task Consume(ConsumeContext<CreateNote> context)
    {
        recorder.Record(context);
        var message = context.Message;
        db.Notes.Add(new Note { Id = message.NoteId, TenantId = message.TenantId, Text = "from consumer" });
        await publisher.Publish(new NoteCreated(message.TenantId, message.NoteId, "from consumer"));
        await db.SaveChangesAsync();
        if (message.FailAfterPublish)
            throw new InvalidOperationException("Failing after publishing.");
    }
}
