using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.ServiceDefaults.Http;

public static class HttpExtensions
{
    /// <summary>Largest request body a JSON endpoint accepts unless it says otherwise (imports do).</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Problem details (RFC 7807) for every error, and JSON that refuses what it does not know:
    /// an unknown field is a mistake the sender should hear about, not data silently dropped.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = DefaultMaxRequestBodyBytes);
        return builder;
    }

    public static WebApplication UsePlatformProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
