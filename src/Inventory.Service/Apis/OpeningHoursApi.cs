using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.OpeningHours;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GutAusgestattet.Inventory.Apis;

/// <summary>
/// The inventory's reading of an <c>opening_hours</c> text without storing anything: the week it
/// means, or the rule it breaks in the words an offer's registration would use. The planners'
/// application previews hours with it before a planner saves them, so the preview and the saved
/// offer can never read a text differently.
/// </summary>
public static class OpeningHoursApi
{
    public static IEndpointRouteBuilder MapOpeningHoursApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/opening-hours/week", Week).RequireAuthorization(Policies.Planner).WithTags("Offers");
        return app;
    }

    /// <summary>The week an opening_hours text means: its canonical form and its open intervals from Monday to Sunday.</summary>
    /// <param name="openingHours">OpenStreetMap opening_hours, e.g. <c>Mo-Fr 07:00-17:00; PH off</c>.</param>
    public static Results<Ok<OpeningHoursWeek>, ValidationProblem> Week(string? openingHours) =>
        ParsedOpeningHours.TryParse(openingHours ?? "", out var parsed, out var error)
            ? TypedResults.Ok(new OpeningHoursWeek(parsed.Canonical, parsed.PublicHolidaysOff, parsed.Intervals, parsed.SchoolHolidaysOff, parsed.ClosedMonths ?? []))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["openingHours"] = [error.Message] });
}

/// <param name="OpeningHours">The canonical text, as the offer would store it.</param>
/// <param name="ClosedOnPublicHolidays">The text closes the offer on public holidays (<c>PH off</c>).</param>
/// <param name="Intervals">Open intervals per weekday; an overnight range arrives split at midnight.</param>
/// <param name="ClosedOnSchoolHolidays">The text closes the offer during school holidays (<c>SH off</c>).</param>
/// <param name="ClosedMonths">The months (1–12) the text closes the offer in every year (<c>Aug off</c>), ascending.</param>
public sealed record OpeningHoursWeek(string OpeningHours, bool ClosedOnPublicHolidays, IReadOnlyList<WeeklyInterval> Intervals, bool ClosedOnSchoolHolidays,
    IReadOnlyList<int> ClosedMonths);
