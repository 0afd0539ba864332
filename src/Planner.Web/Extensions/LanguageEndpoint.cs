using GutAusgestattet.PlannerWeb.SignIn;
using Microsoft.AspNetCore.Localization;

namespace GutAusgestattet.PlannerWeb.Extensions;

/// <summary>Switches the page language (German or English) and returns to the page the planner came from.</summary>
public static class LanguageEndpoint
{
    public const string Path = "/language";

    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet($"{Path}/{{code}}", (HttpContext http, string code, string? returnUrl) =>
        {
            if (!Extensions.Languages.Contains(code)) return Results.NotFound();
            http.Response.Cookies.Append(Extensions.LanguageCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("de-DE", code)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(ReturnUrl.Local(returnUrl));
        }).AllowAnonymous();
        return app;
    }
}
