using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore.Storage;

namespace GutAusgestattet.Persistence;

/// <summary>EF gave up retrying a transient failure (<see cref="DatabaseOutage"/>): the database is unavailable, the request was fine.</summary>
internal sealed class DatabaseRetriesExhausted : IOutageClassifier
{
    public bool IsOutage(Exception exception) => exception is RetryLimitExceededException;
}
