using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.DesignSystem.Security;

/// <summary>
/// The headers every page of the web applications carries. The pages load nothing from another
/// host and run no inline script, so the content security policy can allow this origin alone.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>data: images are KERN's icons, which its stylesheet inlines as SVG.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // HSTS only where the site is served over TLS; Development runs on plain http.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
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
