using System.Threading.RateLimiting;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Surveys.Extensions;

/// <summary>Limits of the public endpoints (section <c>Surveys:RateLimits</c>), per fixed window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Surveys:RateLimits";

    /// <summary>Requests one client address may make per window.</summary>
    public int PerClientPermitLimit { get; set; } = 60;

    /// <summary>Requests one survey may receive per window, from all clients together.</summary>
    public int PerSurveyPermitLimit { get; set; } = 1200;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Protects the public endpoints from floods: a limit per client address and, chained to it, one
/// per survey (or for all receipt look-ups, or all invitation look-ups, together). A refused request
/// gets 429 problem details with Retry-After. The client address is the one <see cref="TrustedProxies"/> accepts.
/// </summary>
public static class RateLimits
{
    public static IHostApplicationBuilder AddPublicRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Both limits apply to each public request: the client's address, then the survey (or the look-ups of one kind together).
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsPublic(http)
                    ? RateLimitPartition.GetFixedWindowLimiter($"client:{http.Connection.RemoteIpAddress}", _ => Window(options.PerClientPermitLimit, window))
                    : RateLimitPartition.GetNoLimiter("staff")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsPublic(http)
                    ? RateLimitPartition.GetFixedWindowLimiter(Target(http), _ => Window(options.PerSurveyPermitLimit, window))
                    : RateLimitPartition.GetNoLimiter("staff")));
            limiter.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = "Please wait a moment and try again.",
                    },
                });
            };
        });
        return builder;
    }

    private static bool IsPublic(HttpContext http) => http.Request.Path.StartsWithSegments("/public");

    /// <summary>What the second limit counts against: one survey, or every look-up of receipts or of invitations.</summary>
    private static string Target(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("id", out var id) ? $"survey:{id}"
        : http.Request.Path.StartsWithSegments("/public/invitations") ? "invitations"
        : "receipts";

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };
}
