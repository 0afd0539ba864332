using System.Net;
using GutAusgestattet.DesignSystem.Security;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.SurveyWeb.Receipts;
using GutAusgestattet.SurveyWeb.SurveysApi;
using Microsoft.Extensions.Http.Resilience;

namespace GutAusgestattet.SurveyWeb.Extensions;

public static class Extensions
{
    /// <summary>A form of the survey is a few kilobytes; nothing larger is read.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    public static IHostApplicationBuilder AddSurveyWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.AddKeyRing("gut-ausgestattet-survey-web");
        builder.Services.AddTransient<ClientAddressHandler>();
        builder.Services.AddHttpClient<PublicSurveysClient>(http => http.BaseAddress = new Uri("https+http://surveys"))
            .AddHttpMessageHandler<ClientAddressHandler>();
        // A refused request (429) is the respondent's answer to show, not a fault to retry after its Retry-After.
        // ServiceDefaults adds the standard handler to every client by default, so its options are named "-standard".
        builder.Services.Configure<HttpStandardResilienceOptions>("-standard", resilience =>
        {
            resilience.Retry.ShouldRetryAfterHeader = false;
            var transient = resilience.Retry.ShouldHandle;
            resilience.Retry.ShouldHandle = args => args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests ? ValueTask.FromResult(false) : transient(args);
        });

        var lookups = builder.Configuration.GetSection(ReceiptLookupOptions.Section).Get<ReceiptLookupOptions>() ?? new ReceiptLookupOptions();
        builder.Services.AddSingleton(new ReceiptThrottle(lookups));

        builder.Services.AddAntiforgery(antiforgery =>
        {
            // The one cookie of the site: it exists for the forms, is sent to this site only and read by no script.
            antiforgery.Cookie.Name = "survey.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.ValueCountLimit = 2048;
            form.MultipartBodyLengthLimit = MaxRequestBytes;
        });
        builder.AddTrustedProxies();
        return builder;
    }
}
