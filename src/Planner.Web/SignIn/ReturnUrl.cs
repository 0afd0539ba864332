namespace GutAusgestattet.PlannerWeb.SignIn;

public static class ReturnUrl
{
    /// <summary>
    /// Where to go after signing in: a path on this site (<c>/gaps?kind=time</c>), never another host
    /// (<c>//example.org</c>, <c>/\example.org</c>, <c>https://…</c>), so a crafted sign-in link cannot
    /// send a planner elsewhere; anything else leads to the overview.
    /// </summary>
    public static string Local(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl) && Uri.TryCreate(url, UriKind.Relative, out _)
            ? url
            : "/";
}
