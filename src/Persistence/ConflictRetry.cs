using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GutAusgestattet.Persistence;

/// <summary>
/// A unit of work that collided with a concurrent one — a version or claim that moved under it, a key inserted a moment
/// earlier, a serialization failure or a deadlock — is run again at once, in process, after a short random pause, so that
/// the units that collided do not collide again in step. Redelivery through the broker (30 s, 5 min) is for outages, not
/// for conflicts: before this, a burst of answers of one stratum used up the message retries on conflicts and some answers
/// reached the gaps minutes late.
/// </summary>
public static class ConflictRetry
{
    /// <summary>Attempts of one unit of work; about 1 s of pauses in all before the failure goes on to the message retry.</summary>
    public const int Attempts = 8;

    /// <param name="collided">Told of each collision before the unit of work runs again, so that reruns can be counted.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> unitOfWork, Action<Exception> collided, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await unitOfWork();
            }
            catch (Exception e) when (attempt < Attempts && IsConflict(e) && !ct.IsCancellationRequested)
            {
                collided(e);
                await Task.Delay(Pause(attempt), ct);
            }
        }
    }

    /// <summary>"Full jitter": a random pause below a bound that doubles from 10 ms per attempt, at most 500 ms.</summary>
    public static TimeSpan Pause(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(500, 10 << Math.Min(attempt - 1, 10)));

    /// <summary>A failure that running the same work again can cure, because it came of another unit of work at the same time.</summary>
    public static bool IsConflict(Exception e) =>
        e is DbUpdateConcurrencyException
        || Find<PostgresException>(e)?.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable
        || Find<SqlException>(e)?.Number is 2627 or 2601 or 1205;

    /// <summary>The conflict in a word: the database's error code, or the exception's type.</summary>
    public static string Describe(Exception e) =>
        Find<PostgresException>(e)?.SqlState ?? Find<SqlException>(e)?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? e.GetType().Name;

    private static TException? Find<TException>(Exception? e) where TException : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is TException found) return found;
        return null;
    }
}
