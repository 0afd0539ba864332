using System.Threading.RateLimiting;

namespace GutAusgestattet.SurveyWeb.Receipts;

/// <summary>Limits of receipt look-ups per client address (section <c>SurveyWeb:ReceiptLookups</c>).</summary>
public sealed class ReceiptLookupOptions
{
    public const string Section = "SurveyWeb:ReceiptLookups";

    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 300;
}

/// <summary>
/// Receipt codes are 80 random bits, but guessing them must also be slow: each client address may
/// try a few codes per window. Checked in the page, so that the refusal is a friendly page in the
/// respondent's language (429 with Retry-After), not a bare error.
/// </summary>
public sealed class ReceiptThrottle(ReceiptLookupOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
            QueueLimit = 0,
        }));

    /// <summary>Null when the look-up may go ahead; otherwise how long the client should wait.</summary>
    public TimeSpan? Refusal(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.WindowSeconds);
    }

    public void Dispose() => _limiter.Dispose();
}
