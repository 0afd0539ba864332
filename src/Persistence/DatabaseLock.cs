using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Persistence;

/// <summary>
/// A named lock in the service's own database that every replica of the service sees: a PostgreSQL
/// session advisory lock (<c>sp_getapplock</c> owned by the session on SQL Server). Work that must
/// happen once across replicas — the outbox's delivery rounds, the periodic jobs — runs while holding
/// it. Chosen over a lease column because the server frees it the moment the holder's session ends:
/// a replica that is killed or loses its connection hands over at once, with no expiry to tune and
/// no clock to trust (a vanished node's session ends with the server's TCP keepalive).
/// <para>
/// The lock holds a connection of its own for as long as it is held; the work may use any other.
/// Dispose releases it.
/// </para>
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly string _name;

    private DatabaseLock(DbContext db, string name) => (_db, _name) = (db, name);

    /// <summary>Takes the lock if no other session holds it; null at once otherwise.</summary>
    /// <param name="db">A context used for nothing else while the lock is held.</param>
    public static async Task<DatabaseLock?> TryAcquireAsync(DbContext db, string name, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var acquired = db.Database.IsNpgsql()
            ? await ScalarAsync<bool>(db, "SELECT pg_try_advisory_lock(@key)", name, ct)
            : await ScalarAsync<int>(db, SqlServerTryAcquire, name, ct) >= 0;
        if (acquired) return new DatabaseLock(db, name);
        await db.Database.CloseConnectionAsync();
        return null;
    }

    /// <summary>Waits until the lock is free, then takes it.</summary>
    /// <inheritdoc cref="TryAcquireAsync" path="/param"/>
    public static async Task<DatabaseLock> AcquireAsync(DbContext db, string name, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.IsNpgsql())
                await ScalarAsync<object>(db, "SELECT pg_advisory_lock(@key)", name, ct);
            else if (await ScalarAsync<int>(db, SqlServerAcquire, name, ct) < 0)
                throw new InvalidOperationException($"The database refused the lock '{name}'.");
            return new DatabaseLock(db, name);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs one round of a periodic job unless another replica is running it right now, in which case
    /// that replica's round does the work and this one skips. Returns whether it ran.
    /// </summary>
    public static async Task<bool> RunUnlessRunningAsync<TContext>(IServiceScopeFactory scopes, string job, Func<CancellationToken, Task> round, CancellationToken ct)
        where TContext : DbContext
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var held = await TryAcquireAsync(scope.ServiceProvider.GetRequiredService<TContext>(), job, ct);
        if (held is null) return false;
        await round(ct);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Not cancellable: a lock left on a pooled connection would block every other replica.
            await ScalarAsync<object>(_db, _db.Database.IsNpgsql()
                ? "SELECT pg_advisory_unlock(@key)"
                : SqlServerRelease, _name, CancellationToken.None);
        }
        catch (DbException)
        {
            // The session is gone, and the server freed the lock with it.
        }
        await _db.Database.CloseConnectionAsync();
    }

    private const string SqlServerTryAcquire =
        "DECLARE @result int; EXEC @result = sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT @result";

    private const string SqlServerAcquire =
        "DECLARE @result int; EXEC @result = sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1; SELECT @result";

    private const string SqlServerRelease = "EXEC sp_releaseapplock @Resource = @name, @LockOwner = 'Session'";

    /// <summary>What the lock sends to SQL Server; no SQL Server runs where the tests do, so they parse it.</summary>
    public static IReadOnlyList<string> SqlServerStatements { get; } = [SqlServerTryAcquire, SqlServerAcquire, SqlServerRelease];

    private static async Task<T> ScalarAsync<T>(DbContext db, string sql, string name, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        // PostgreSQL's advisory locks are named by a number, SQL Server's application locks by the name itself.
        (parameter.ParameterName, parameter.Value) = db.Database.IsNpgsql() ? ("key", (object)Key(name)) : ("name", name);
        command.Parameters.Add(parameter);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The first eight bytes of the name's SHA-256: stable across processes and releases, unlike <c>string.GetHashCode</c>.</summary>
    private static long Key(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
