using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.DesignSystem.Security;

/// <summary>
/// The headers every page of the web applications carries. The pages load nothing from another
/// host and run no inline script, so the content security policy can allow this origin alone —
/// but for forms whose answer redirects to another origin (signing out at the identity provider),
/// which the browser checks against <c>form-action</c> too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>data: images are KERN's icons, which its stylesheet inlines as SVG.</summary>
    public static string ContentSecurityPolicy(IEnumerable<string> formTargets) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        $"form-action {string.Join(' ', formTargets.Prepend("'self'"))}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <param name="formTargets">Origins besides this one that a form's answer may lead to (<c>https://login.example.org</c>).</param>
    public static WebApplication UseSecurityHeaders(this WebApplication app, params string[] formTargets)
    {
        var policy = ContentSecurityPolicy(formTargets);
        // HSTS only where the site is served over TLS; Development runs on plain http.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Links carry one-time codes (/i/{code}); no other site may learn them from a Referer.
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(http);
        });
        return app;
    }
}
