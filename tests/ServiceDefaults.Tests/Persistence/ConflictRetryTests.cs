using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GutAusgestattet.ServiceDefaults.Tests.Persistence;

public sealed class ConflictRetryTests
{
    private static DbUpdateException Saving(string sqlState) =>
        new("saving failed", new PostgresException("conflict", "ERROR", "ERROR", sqlState));

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.LockNotAvailable)]
    public void A_collision_with_a_concurrent_unit_of_work_is_a_conflict(string sqlState) =>
        Assert.True(ConflictRetry.IsConflict(Saving(sqlState)));

    [Fact]
    public void A_moved_version_is_a_conflict_and_a_broken_rule_or_a_bug_is_not()
    {
        Assert.True(ConflictRetry.IsConflict(new DbUpdateConcurrencyException("version moved")));
        Assert.False(ConflictRetry.IsConflict(Saving(PostgresErrorCodes.ForeignKeyViolation)));
        Assert.False(ConflictRetry.IsConflict(Saving(PostgresErrorCodes.NotNullViolation)));
        Assert.False(ConflictRetry.IsConflict(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void Pauses_are_random_below_a_bound_that_doubles_up_to_half_a_second()
    {
        var pauses = Enumerable.Range(0, 200).Select(_ => ConflictRetry.Pause(1).TotalMilliseconds).ToList();
        Assert.All(pauses, p => Assert.InRange(p, 0, 10));
        Assert.True(pauses.Distinct().Count() > 100, "the pauses are spread, so colliding units do not meet again in step");
        Assert.All(Enumerable.Range(0, 200), _ => Assert.InRange(ConflictRetry.Pause(20).TotalMilliseconds, 0, 500));
    }

    [Fact]
    public async Task A_conflict_is_run_again_until_it_succeeds_and_given_up_after_the_last_attempt()
    {
        var runs = 0;
        var collisions = new List<string>();
        void Collided(Exception e) => collisions.Add(ConflictRetry.Describe(e));
        Assert.Equal(3, await ConflictRetry.RunAsync(() => ++runs < 3 ? throw Saving(PostgresErrorCodes.SerializationFailure) : Task.FromResult(runs), Collided, default));
        Assert.Equal([PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.SerializationFailure], collisions);

        (runs, collisions) = (0, []);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            ConflictRetry.RunAsync<int>(() => { runs++; throw new DbUpdateConcurrencyException("always"); }, Collided, default));
        Assert.Equal(ConflictRetry.Attempts, runs);
        // Each rerun is told of; the last failure goes on to the message retry instead.
        Assert.Equal(Enumerable.Repeat(nameof(DbUpdateConcurrencyException), ConflictRetry.Attempts - 1), collisions);

        (runs, collisions) = (0, []);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ConflictRetry.RunAsync<int>(() => { runs++; throw new InvalidOperationException("a bug"); }, Collided, default));
        Assert.Equal(1, runs);
        Assert.Empty(collisions);
    }
}
