using System.Globalization;

namespace GutAusgestattet.PlannerWeb.Overview;

/// <summary>
/// The planner's visit to the overview, kept in a cookie of this browser (the application has no database):
/// <paramref name="Since"/> is the end of the previous visit, the moment the "changed since" list starts at,
/// or null on the first visit; <paramref name="Seen"/> the last look at the overview. Looks less than
/// <see cref="SameVisit"/> apart are one visit, so a reload does not empty the list the planner is reading.
/// Bound to the municipality: another tenant's visit says nothing about this one's gaps.
/// </summary>
public sealed record Visit(string Tenant, DateTimeOffset? Since, DateTimeOffset Seen)
{
    public const string Cookie = "planner-visit";

    public static readonly TimeSpan SameVisit = TimeSpan.FromMinutes(30);

    /// <summary>How far back a first visit looks.</summary>
    public static readonly TimeSpan FirstLook = TimeSpan.FromDays(7);

    /// <summary>This look at the overview, after the one the cookie remembers (if any, and if it is of this municipality).</summary>
    public static Visit Next(string? cookie, string tenant, DateTimeOffset now) => Read(cookie) is { } last && last.Tenant == tenant && last.Seen <= now
        ? new Visit(tenant, now - last.Seen < SameVisit ? last.Since : last.Seen, now)
        : new Visit(tenant, null, now);

    /// <summary>Where the list of changes starts.</summary>
    public DateTimeOffset From => Since ?? Seen - FirstLook;

    public string Write() => string.Join('|', Tenant, Since?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "", Seen.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>A cookie that is not ours (altered, or of an older form) counts as none.</summary>
    private static Visit? Read(string? cookie)
    {
        var parts = cookie?.Split('|');
        if (parts is not [var tenant, var since, var seen] || !long.TryParse(seen, CultureInfo.InvariantCulture, out var seenAt)) return null;
        if (since.Length == 0) return new Visit(tenant, null, DateTimeOffset.FromUnixTimeSeconds(seenAt));
        return long.TryParse(since, CultureInfo.InvariantCulture, out var sinceAt) && sinceAt <= seenAt
            ? new Visit(tenant, DateTimeOffset.FromUnixTimeSeconds(sinceAt), DateTimeOffset.FromUnixTimeSeconds(seenAt))
            : null;
    }
}
