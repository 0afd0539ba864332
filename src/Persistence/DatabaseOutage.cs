using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GutAusgestattet.Persistence;

/// <summary>
/// How long a request waits for a database that does not answer before it fails with 503 and
/// <c>Retry-After</c> (ServiceDefaults' problem details, through <see cref="DatabaseRetriesExhausted"/>): a connect timeout of
/// <c>Database:ConnectTimeout</c> (2 s) and <c>Database:Retries</c> (1) quick retry, about 5 s in
/// all. Longer waits held every request of an outage for about a minute and then failed it anyway,
/// and kept the pods in the load balancer meanwhile; background work and consumers retry on their
/// own terms (outbox backoff, message retry and redelivery), so they lose nothing by failing fast.
/// </summary>
internal sealed record DatabaseOutage(TimeSpan ConnectTimeout, int Retries, TimeSpan RetryDelay)
{
    public static DatabaseOutage From(IConfiguration configuration) => new(
        configuration.GetValue("Database:ConnectTimeout", TimeSpan.FromSeconds(2)),
        configuration.GetValue("Database:Retries", 1),
        TimeSpan.FromSeconds(1));

    /// <summary>Connection strings count the connect timeout (which includes waiting for a pooled connection) in whole seconds.</summary>
    private int Seconds => Math.Max(1, (int)Math.Ceiling(ConnectTimeout.TotalSeconds));

    public string Apply(NpgsqlConnectionStringBuilder connection)
    {
        connection.Timeout = Seconds;
        return connection.ConnectionString;
    }

    public string Apply(SqlConnectionStringBuilder connection)
    {
        connection.ConnectTimeout = Seconds;
        return connection.ConnectionString;
    }
}
