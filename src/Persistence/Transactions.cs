using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Persistence;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the provider's retrying execution
    /// strategy. A transient failure runs it again from the start with an empty change tracker, so
    /// the work must load and build everything it saves (and publishes) itself.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);

    /// <inheritdoc cref="InTransactionAsync{T}"/>
    public static Task InTransactionAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            await work(token);
            return true;
        }, ct);
}
