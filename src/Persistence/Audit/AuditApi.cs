using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Persistence.Audit;

/// <summary>The audit log of a service, for the municipality's data steward only.</summary>
public static class AuditApi
{
    public const int MaxEntries = 1000;

    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddScoped<AuditLog>();

    public static IEndpointRouteBuilder MapAuditApi<TContext>(this IEndpointRouteBuilder app) where TContext : TenantDbContext
    {
        // The service's own context, resolved per request: a generic handler parameter trips the route analyzer.
        app.MapGet("/api/audit", (HttpContext http, DateTimeOffset? since, string? action) =>
                ListEntries(http.RequestServices.GetRequiredService<TContext>(), since, action, http.RequestAborted)).RequireAuthorization(Policies.DataSteward).WithTags("Audit log")
            .WithSummary("Who exported or erased personal data, or changed its retention or the regional consent")
            .WithDescription($"The municipality's entries, newest first, at most {MaxEntries}; optionally only those at or after "
                + "'since' (ISO 8601) and of one 'action' (" + string.Join(", ", AuditActions.All.Order(StringComparer.Ordinal)) + ").");
        return app;
    }

    public static async Task<Results<Ok<List<AuditEntryView>>, ValidationProblem>> ListEntries(
        TenantDbContext db, DateTimeOffset? since, string? action, CancellationToken ct)
    {
        if (action is not null && !AuditActions.All.Contains(action))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            { ["action"] = [$"One of {string.Join(", ", AuditActions.All.Order(StringComparer.Ordinal))}."] });
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (since is { } from) entries = entries.Where(e => e.At >= from);
        if (action is not null) entries = entries.Where(e => e.Action == action);
        return TypedResults.Ok(await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxEntries)
            .Select(e => new AuditEntryView(e.At, e.Actor, e.Action, e.Subject, e.Detail)).ToListAsync(ct));
    }
}

/// <param name="At">When it was done.</param>
/// <param name="Actor">The staff member who did it: name and subject of their sign-in.</param>
/// <param name="Action">What was done: answers-exported, answer-erased, retention-changed, consent-changed, contact-exported or contact-erased.</param>
/// <param name="Subject">What it was done to, e.g. the survey or the contact.</param>
/// <param name="Detail">What changed or the reason given; null when nothing more is to say.</param>
public sealed record AuditEntryView(DateTimeOffset At, string Actor, string Action, string Subject, string? Detail);
