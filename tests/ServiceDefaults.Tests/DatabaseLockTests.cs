using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GutAusgestattet.ServiceDefaults.Tests;

/// <summary>The lock replicas coordinate their once-only work with, on real PostgreSQL: each context is a replica's session.</summary>
public sealed class DatabaseLockTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = Replica();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private NotesDbContext Replica(bool pooled = true) =>
        new(new DbContextOptionsBuilder<NotesDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = pooled }.ConnectionString).Options, new TenantContext());

    [Fact]
    public async Task A_held_lock_is_refused_to_another_session_until_released()
    {
        await using var first = Replica();
        await using var second = Replica();

        var held = await DatabaseLock.TryAcquireAsync(first, "job", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await DatabaseLock.TryAcquireAsync(second, "job", CancellationToken.None));
        await using (var other = await DatabaseLock.TryAcquireAsync(second, "another job", CancellationToken.None))
            Assert.NotNull(other);

        await held.DisposeAsync();
        await using var taken = await DatabaseLock.TryAcquireAsync(second, "job", CancellationToken.None);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task A_waiting_replica_takes_the_lock_the_moment_the_holder_releases_it()
    {
        await using var first = Replica();
        await using var second = Replica();
        var held = await DatabaseLock.AcquireAsync(first, "delivery", CancellationToken.None);

        var waiting = DatabaseLock.AcquireAsync(second, "delivery", CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_replica_whose_session_ends_without_releasing_hands_the_lock_over()
    {
        // Unpooled: its terminated connection must not be handed to the next test.
        await using var dying = Replica(pooled: false);
        await using var other = Replica();
        _ = await DatabaseLock.AcquireAsync(dying, "delivery", CancellationToken.None);
        var waiting = DatabaseLock.AcquireAsync(other, "delivery", CancellationToken.None);

        // What the server sees when a replica is killed: its session ends, nobody says unlock.
        var pid = ((NpgsqlConnection)dying.Database.GetDbConnection()).ProcessID;
        await using (var admin = Replica())
            await admin.Database.ExecuteSqlAsync($"SELECT pg_terminate_backend({pid})");

        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_periodic_job_runs_on_one_replica_at_a_time_and_the_other_skips_its_round()
    {
        var rounds = 0;
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var scopes = new ServiceCollection()
            .AddScoped(_ => Replica())
            .BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();

        var running = DatabaseLock.RunUnlessRunningAsync<NotesDbContext>(scopes, "retention", async _ =>
        {
            Interlocked.Increment(ref rounds);
            inside.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await inside.Task;

        Assert.False(await DatabaseLock.RunUnlessRunningAsync<NotesDbContext>(scopes, "retention", _ => { Interlocked.Increment(ref rounds); return Task.CompletedTask; }, CancellationToken.None));
        release.SetResult();
        Assert.True(await running);
        Assert.True(await DatabaseLock.RunUnlessRunningAsync<NotesDbContext>(scopes, "retention", _ => { Interlocked.Increment(ref rounds); return Task.CompletedTask; }, CancellationToken.None));
        Assert.Equal(2, rounds);
    }
}
