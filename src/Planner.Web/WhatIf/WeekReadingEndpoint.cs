using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GutAusgestattet.PlannerWeb.WhatIf;

/// <summary>
/// The what-if page's live week: while the planner types new hours, the page's script asks here for the week as
/// Inventory reads them. Without the script the page shows the same after "Wirkung berechnen".
/// </summary>
public static class WeekReadingEndpoint
{
    public static IEndpointConventionBuilder MapWeekReading(this IEndpointRouteBuilder app) =>
        app.MapGet("/what-if/week", ReadAsync).RequireAuthorization(Policies.Planner);

    /// <summary>
    /// The offer's week today (a new offer's: closed) beside the week with <paramref name="hours"/>, or why they cannot
    /// be read, as an HTML fragment.
    /// </summary>
    private static async Task<Results<RazorComponentResult<WeekReading>, NotFound, StatusCodeHttpResult>> ReadAsync(
        Guid? offer, string? hours, InventoryClient inventory, CancellationToken ct)
    {
        var (current, read) = (offer is { } id ? inventory.OfferAsync(id, ct) : null, inventory.WeekAsync(hours ?? "", ct));
        var (today, week) = (current is null ? null : await current, await read);
        if (today?.Outcome == ServiceOutcome.NotFound) return TypedResults.NotFound();
        var rule = OfferHours.Rule(week);
        if (today is { IsOk: false } || (!week.IsOk && rule is null)) return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        return new RazorComponentResult<WeekReading>(new { Today = today?.Value!.State.OpenIntervals ?? [], Changed = week.Value, Rule = rule });
    }
}
