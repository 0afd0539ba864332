using System.Globalization;
using System.Text.RegularExpressions;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// The planner's own view of the gaps (no suppression here): the gaps with a life for the current
/// week, their history, and the analysis of any calendar week — today's offers or as planned by a date.
/// </summary>
public static class GapsApi
{
    public static IEndpointRouteBuilder MapGapsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Gaps");
        api.MapGet("/", ListGaps);
        api.MapGet("/counts", CountGaps)
            .WithDescription("The open gaps counted per category and kind, one row per pair that has any: what an overview needs without the whole list.");
        api.MapGet("/{id:guid}", GetGap);
        api.MapGet("/{id:guid}/history", GetHistory);
        api.MapGet("/changes", ListChanges)
            .WithDescription("What became of the gaps after a moment (since=2026-12-01T08:00:00Z, ISO 8601 with offset), one row per gap: "
                + "GapDetected (new, or open again), GapChanged (with the figures as they were then) or GapResolved. A gap that came and went "
                + "in between is left out. Newest first.");
        api.MapGet("/changes/summary", SummariseChanges)
            .WithDescription("The same changes after a moment counted by event, with only the newest few listed (newest=10 by default, 1–100): "
                + "what a planner reads first, small however many gaps changed.");
        api.MapGet("/{id:guid}/week", GetWeek)
            .WithDescription("The gap's persons without care in each 15-minute slot of the current week (672 values, slot 0 = Monday 00:00–00:15), "
                + "computed like the heatmap: the planner's own figures. All zero once the gap no longer occurs.");
        api.MapGet("/{id:guid}/offers", ListServingOffers)
            .WithDescription("The offers the gap is measured against this week: those of its category in its area or whose facility lies within the "
                + "category's serving distance of the area's centre (km to the centre, free places), nearest first. Empty for a content gap.");
        api.MapGet("/analysis", Analyse)
            .WithDescription("Gaps of one calendar week (week=2026-W48, default the current one), against today's offers or, with plannedBy, "
                + "the offers as they will be once every planned offer and change effective by that date has taken effect. Computed, not stored.");
        return app;
    }

    /// <summary>The planner lists the municipality's open gaps (with includeResolved=true the resolved ones too), by category, area and kind.</summary>
    public static async Task<Ok<List<GapView>>> ListGaps(GapsDbContext db, CancellationToken ct, bool includeResolved = false) =>
        TypedResults.Ok((await db.Gaps.AsNoTracking().Where(g => includeResolved || g.Open)
            .OrderBy(g => g.Category).ThenBy(g => g.AreaCode).ThenBy(g => g.Kind).ToListAsync(ct)).Select(GapView.From).ToList());

    /// <summary>The planner reads one gap.</summary>
    /// <response code="404">No such gap.</response>
    public static async Task<Results<Ok<GapView>, NotFound>> GetGap(Guid id, GapsDbContext db, CancellationToken ct) =>
        await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct) is { } gap
            ? TypedResults.Ok(GapView.From(gap))
            : TypedResults.NotFound();

    /// <summary>Every announcement under the gap's key, earlier lives included.</summary>
    public static async Task<Results<Ok<List<GapHistoryView>>, NotFound>> GetHistory(Guid id, GapsDbContext db, CancellationToken ct)
    {
        if (await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct) is not { } gap) return TypedResults.NotFound();
        var entries = await db.GapHistory.AsNoTracking().Where(e => e.GapKey == gap.Key).OrderBy(e => e.Version).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => new GapHistoryView(e.Version, e.Event, e.At, Math.Round(e.EstimatedPersons, 1),
            Math.Round(e.PersonHours, 1), e.Intervals, e.Severity, e.Responses)).ToList());
    }

    /// <summary>The planner counts the open gaps per category and kind.</summary>
    public static async Task<Ok<List<GapCountView>>> CountGaps(GapsDbContext db, CancellationToken ct)
    {
        var counted = await db.Gaps.AsNoTracking().Where(g => g.Open).GroupBy(g => new { g.Category, g.Kind })
            .Select(c => new { c.Key.Category, c.Key.Kind, Open = c.Count() }).ToListAsync(ct);
        return TypedResults.Ok(counted.Select(c => new GapCountView(c.Category, c.Kind, c.Open))
            .OrderBy(c => c.Category, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList());
    }

    /// <summary>The planner lists what became of the gaps after a moment: detected, changed or resolved.</summary>
    /// <response code="400">since missing or not ISO 8601 with an offset.</response>
    public static async Task<Results<Ok<List<GapChangeView>>, ValidationProblem>> ListChanges(string? since, GapsDbContext db, CancellationToken ct) =>
        Moment(since) is { } moment ? TypedResults.Ok(await ChangesAfterAsync(moment, db, ct)) : SinceProblem();

    /// <summary>The planner counts the gaps' changes after a moment by event, with the newest few listed.</summary>
    /// <response code="400">since missing or without an offset, or newest not between 1 and 100.</response>
    public static async Task<Results<Ok<GapChangesSummary>, ValidationProblem>> SummariseChanges(string? since, GapsDbContext db, CancellationToken ct, int newest = 10)
    {
        if (Moment(since) is not { } moment) return SinceProblem();
        if (newest is < 1 or > 100) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newest"] = ["Between 1 and 100 changes are listed."] });
        var changes = await ChangesAfterAsync(moment, db, ct);
        int Count(string @event) => changes.Count(c => c.Event == @event);
        return TypedResults.Ok(new GapChangesSummary(Count(ChangesSince.Detected), Count(ChangesSince.Changed), Count(ChangesSince.Resolved), [.. changes.Take(newest)]));
    }

    private static DateTimeOffset? Moment(string? since) =>
        DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && HasOffset(since!) ? moment : null;

    private static ValidationProblem SinceProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["A moment in ISO 8601 with its offset, e.g. 2026-12-01T08:00:00Z."] });

    /// <summary>Newest first, as <c>/changes</c> lists them.</summary>
    private static async Task<List<GapChangeView>> ChangesAfterAsync(DateTimeOffset moment, GapsDbContext db, CancellationToken ct)
    {
        var after = await db.GapHistory.AsNoTracking().Where(e => e.At > moment).ToListAsync(ct);
        var keys = after.Select(e => e.GapKey).Distinct().ToList();
        var before = (await db.GapHistory.AsNoTracking().Where(e => e.At <= moment && keys.Contains(e.GapKey)).ToListAsync(ct))
            .GroupBy(e => e.GapKey).ToDictionary(g => g.Key, g => g.MaxBy(e => (e.At, e.Version))!);
        var gaps = (await db.Gaps.AsNoTracking().Where(g => keys.Contains(g.Key)).ToListAsync(ct))
            .GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.MaxBy(gap => gap.DetectedAt)!);
        // A key without its gap row belongs to a replay in progress; it is news once the row is there.
        return ChangesSince.Of(after, before).Where(c => gaps.ContainsKey(c.Key))
            .Select(c => GapChangeView.From(c, gaps[c.Key])).OrderByDescending(c => c.At).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Without an offset the moment would be read in the server's zone, which no client can know.</summary>
    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");

    /// <summary>The planner lists the offers a gap is measured against this week, nearest first, with their free places.</summary>
    /// <response code="404">No such gap.</response>
    public static async Task<Results<Ok<List<ServingOffer>>, NotFound>> ListServingOffers(Guid id, GapsDbContext db, GapInputs inputs, GapDetector live, CancellationToken ct)
    {
        if (await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct) is not { } gap) return TypedResults.NotFound();
        var input = await inputs.LoadAsync([gap.Category], live.CurrentWeek, null, ct);
        return TypedResults.Ok(ServingOffers.Of(input, gap.Category, gap.AreaCode).ToList());
    }

    /// <summary>The planner reads a gap's persons without care in each 15-minute slot of the current week.</summary>
    /// <response code="404">No such gap.</response>
    public static async Task<Results<Ok<GapWeekView>, NotFound>> GetWeek(Guid id, GapsDbContext db, GapInputs inputs, GapDetector live, CancellationToken ct)
    {
        if (await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct) is not { } gap) return TypedResults.NotFound();
        var week = live.CurrentWeek;
        var finding = SlotComparison.Compute(await inputs.LoadAsync([gap.Category], week, null, ct), profiles: true).SingleOrDefault(f => f.Key == gap.Key);
        var persons = finding?.Profile is { } profile ? profile.Select(p => Math.Round(p, 2)).ToArray() : new double[WeekSlots.Count];
        return TypedResults.Ok(new GapWeekView(gap.Id, gap.Key, week.ToString(), week.Monday, WeekSlots.MinutesPerSlot, persons));
    }

    /// <summary>The planner analyses the gaps of any calendar week (optionally of one category), against today's offers or the planned ones.</summary>
    /// <response code="400">An invalid week.</response>
    public static async Task<Results<Ok<AnalysisView>, ValidationProblem>> Analyse(
        GapInputs inputs, GapDetector live, CancellationToken ct, string? week = null, DateOnly? plannedBy = null, string? category = null)
    {
        if (!AnalysisWeek.TryRead(week, live.CurrentWeek, out var analysed))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = [AnalysisWeek.Rule] });
        var findings = SlotComparison.Compute(await inputs.LoadAsync(category is null ? null : [category], analysed, plannedBy, ct));
        return TypedResults.Ok(new AnalysisView(analysed.ToString(), analysed.Monday, plannedBy,
            findings.OrderBy(f => f.Category).ThenBy(f => f.AreaCode).ThenBy(f => f.Kind).Select(AnalysedGap.From).ToList()));
    }
}

/// <param name="UnknownOccupancyOffers">For a capacity gap: serving offers of unknown occupancy. Their places are not known to be
/// free, so the gap is computed without them; were they free, they could cover up to min(<paramref name="UnknownOccupancyPlaces"/>,
/// <paramref name="EstimatedPersons"/>) persons. 0 for other kinds.</param>
/// <param name="UnknownOccupancyPlaces">The places of those offers.</param>
/// <param name="Missing">For a feature gap: what no serving offer has — <c>short-term</c> and ISO 639-1 language codes, e.g.
/// <c>["short-term", "da"]</c>; empty for other kinds.</param>
/// <param name="Responses">Survey responses whose needs fall in the gap's slots: what the estimate rests on.</param>
/// <param name="UnweightedResponses">Of <paramref name="Responses"/>, those from strata without a known household count: they count ×1
/// (standing only for themselves) while the others are scaled up to the known households, so the estimate mixes both — this says how much.</param>
/// <param name="ReservedPlaces">For a capacity gap: free places of the serving offers reserved for partners' staff (Belegplätze). They
/// serve only those partners' staff, so the gap — the public's — is computed without them, apart from the open places. 0 for other kinds.</param>
public sealed record GapView(
    Guid Id, string Key, string Category, string AreaCode, GapKind Kind, double EstimatedPersons, double PersonHours, string Intervals,
    double Severity, double Confidence, int Responses, bool Open, int Version, DateTimeOffset DetectedAt, DateTimeOffset? ResolvedAt,
    int UnknownOccupancyOffers, int UnknownOccupancyPlaces, IReadOnlyList<string> Missing, int UnweightedResponses, int ReservedPlaces)
{
    public static GapView From(Gap g) =>
        new(g.Id, g.Key, g.Category, g.AreaCode, g.Kind, Math.Round(g.EstimatedPersons, 1), Math.Round(g.PersonHours, 1), g.Intervals,
            g.Severity, g.Confidence, g.Responses, g.Open, g.Version, g.DetectedAt, g.ResolvedAt, g.UnknownOccupancyOffers, g.UnknownOccupancyPlaces,
            g.MissingCodes, g.UnweightedResponses, g.ReservedPlaces);
}

/// <param name="Persons">Persons without care per slot of <paramref name="Week"/>, Monday 00:00 first.</param>
public sealed record GapWeekView(Guid GapId, string Key, string Week, DateOnly Monday, int SlotMinutes, IReadOnlyList<double> Persons);

/// <param name="Event"><c>GapDetected</c>, <c>GapChanged</c> or <c>GapResolved</c>: what became of the gap after the moment asked for.</param>
/// <param name="PersonHoursBefore">For a changed gap, its uncovered person-hours at the moment asked for.</param>
public sealed record GapChangeView(
    Guid GapId, string Key, string Category, string AreaCode, GapKind Kind, string Event, DateTimeOffset At,
    double EstimatedPersons, double PersonHours, double? EstimatedPersonsBefore, double? PersonHoursBefore)
{
    public static GapChangeView From(ChangeSince change, Gap gap) =>
        new(gap.Id, change.Key, gap.Category, gap.AreaCode, gap.Kind, change.Event, change.Last.At,
            Math.Round(change.Last.EstimatedPersons, 1), Math.Round(change.Last.PersonHours, 1),
            change.Before is { } b ? Math.Round(b.EstimatedPersons, 1) : null, change.Before is { } h ? Math.Round(h.PersonHours, 1) : null);
}

/// <param name="Newest">The newest changes, newest first; the counts are of all of them.</param>
public sealed record GapChangesSummary(int Detected, int Changed, int Resolved, List<GapChangeView> Newest);

public sealed record GapCountView(string Category, GapKind Kind, int Open);

public sealed record GapHistoryView(int Version, string Event, DateTimeOffset At, double EstimatedPersons, double PersonHours, string Intervals, double Severity, int Responses);

/// <param name="EstimatedPersons">Peak persons without care in any one slot.</param>
/// <param name="UnknownOccupancyOffers">As in <see cref="GapView"/>.</param>
/// <param name="Missing">As in <see cref="GapView"/>.</param>
/// <param name="UnweightedResponses">As in <see cref="GapView"/>.</param>
/// <param name="ReservedPlaces">As in <see cref="GapView"/>.</param>
public sealed record AnalysedGap(
    string Key, string Category, string AreaCode, GapKind Kind, string Intervals, double EstimatedPersons, double PersonHours,
    int Responses, double Severity, double Confidence, int UnknownOccupancyOffers, int UnknownOccupancyPlaces, IReadOnlyList<string> Missing,
    int UnweightedResponses, int ReservedPlaces)
{
    public static AnalysedGap From(GapFinding f) =>
        new(f.Key, f.Category, f.AreaCode, f.Kind, f.Slots.ToString(), Math.Round(f.PeakPersons, 1), Math.Round(f.PersonHours, 1),
            f.Responses, f.Severity, f.Confidence, f.Unknown.Offers, f.Unknown.Places, f.Missing?.Codes ?? [], f.UnweightedResponses,
            f.ReservedPlaces);
}

public sealed record AnalysisView(string Week, DateOnly Monday, DateOnly? PlannedBy, IReadOnlyList<AnalysedGap> Gaps);
