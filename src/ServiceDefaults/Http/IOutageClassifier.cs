namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// Recognises an exception of a data access library that means its database is unreachable after its own
/// retries (503 with Retry-After, not 500). Registered by that library (GutAusgestattet.Persistence), so the
/// problem details here need not know it.
/// </summary>
public interface IOutageClassifier
{
    bool IsOutage(Exception exception);
}
