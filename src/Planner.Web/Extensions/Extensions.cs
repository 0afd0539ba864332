using System.Globalization;
using GutAusgestattet.DesignSystem.Security;
using GutAusgestattet.PlannerWeb.Imports;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.SignIn;
using GutAusgestattet.PlannerWeb.Surveys;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Http.Resilience;

namespace GutAusgestattet.PlannerWeb.Extensions;

public static class Extensions
{
    /// <summary>Page texts in German first, English second; figures and dates always in de-DE (Localization/Formats).</summary>
    public static readonly string[] Languages = ["de", "en"];

    /// <summary>The cookie that remembers the planner's page language.</summary>
    public const string LanguageCookie = "planner.lang";

    public static IHostApplicationBuilder AddPlannerWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.AddPlannerSignIn();
        builder.AddKeyRing("gut-ausgestattet-planner-web");
        // Behind the ingress the sign-in's redirect address must say https, as the browser saw it.
        builder.AddTrustedProxies();

        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(culture: "de-DE", uiCulture: Languages[0]);
            localization.SupportedCultures = [CultureInfo.GetCultureInfo("de-DE")];
            localization.SupportedUICultures = [.. Languages.Select(CultureInfo.GetCultureInfo)];
            // The planner's choice only (Components/Layout/LanguageSwitch), not the browser's: the municipality works in German.
            localization.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = LanguageCookie }];
        });

        builder.Services.AddTransient<BearerTokenHandler>();
        AddServiceClient<SurveysClient>(builder, "surveys");
        AddServiceClient<InventoryClient>(builder, "inventory");
        AddServiceClient<GapsClient>(builder, "gaps");
        AddServiceClient<PartnersClient>(builder, "partners");
        AddServiceClient<OutreachClient>(builder, "partners");
        TightenResilience(builder);
        builder.Services.AddSingleton<SurveyLinks>();

        // An import file is posted twice — uploaded to be checked, then back in the import form — up to Inventory's limit.
        builder.Services.Configure<FormOptions>(form => form.ValueLengthLimit = ImportUpload.MaxBytes);
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "planner.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    /// <summary>A typed client of one service through Aspire's service discovery, calling as the signed-in planner.</summary>
    private static void AddServiceClient<TClient>(IHostApplicationBuilder builder, string service) where TClient : class =>
        builder.Services.AddHttpClient<TClient>(http => http.BaseAddress = new Uri($"https+http://{service}"))
            .AddHttpMessageHandler<BearerTokenHandler>();

    /// <summary>
    /// ServiceDefaults' standard resilience, tightened because a person waits for the page: a service that is
    /// down shows its message within seconds, not after the default half minute of retries. ServiceDefaults adds
    /// the handler to every client through ConfigureHttpClientDefaults, whose builder has no name, so the options
    /// of all this application's clients are the ones named "-standard" — and all of them serve pages.
    /// </summary>
    private static void TightenResilience(IHostApplicationBuilder builder) =>
        builder.Services.Configure<HttpStandardResilienceOptions>("-standard", resilience =>
        {
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(4);
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
            resilience.Retry.MaxRetryAttempts = 2;
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
        });
}
