using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Gaps.Service as the planner's own view: every figure, only their municipality's gaps.</summary>
public sealed class GapsClient(HttpClient http, ILogger<GapsClient> log) : ServiceClient(http, log, PlatformService.Gaps)
{
    private const string SchoolHolidays = "/api/gaps/school-holidays";

    /// <summary>The open gaps of the current week.</summary>
    public Task<ServiceResult<List<Gap>>> ListAsync(CancellationToken ct) => GetAsync<List<Gap>>("/api/gaps", ct);

    /// <summary>Every gap with a life for the current week, the resolved ones too (a partner's page names the gaps it helped close).</summary>
    public Task<ServiceResult<List<Gap>>> ListWithResolvedAsync(CancellationToken ct) => GetAsync<List<Gap>>("/api/gaps?includeResolved=true", ct);

    public Task<ServiceResult<Gap>> GetAsync(Guid id, CancellationToken ct) => GetAsync<Gap>($"/api/gaps/{id}", ct);

    /// <summary>The offers the gap is measured against, nearest first.</summary>
    public Task<ServiceResult<List<ServingOffer>>> ServingOffersAsync(Guid id, CancellationToken ct) => GetAsync<List<ServingOffer>>($"/api/gaps/{id}/offers", ct);

    public Task<ServiceResult<List<GapHistoryEntry>>> HistoryAsync(Guid id, CancellationToken ct) => GetAsync<List<GapHistoryEntry>>($"/api/gaps/{id}/history", ct);

    /// <summary>The open gaps counted per category and kind.</summary>
    public Task<ServiceResult<List<GapCount>>> CountsAsync(CancellationToken ct) => GetAsync<List<GapCount>>("/api/gaps/counts", ct);

    /// <summary>What became of the gaps after a moment: counted by event, the <paramref name="newest"/> changes listed, newest first.</summary>
    public Task<ServiceResult<GapChangesSummary>> ChangesAsync(DateTimeOffset since, int newest, CancellationToken ct) =>
        GetAsync<GapChangesSummary>($"/api/gaps/changes/summary?since={Uri.EscapeDataString(since.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}&newest={newest}", ct);

    /// <summary>
    /// An export of the planner's view as Gaps writes it — <c>export.csv</c>, <c>export.xlsx</c>, <c>areas.geojson</c> or
    /// <c>heatmap.svg</c> with the view's query; null when unreachable.
    /// </summary>
    public Task<HttpResponseMessage?> ExportAsync(string file, string query, CancellationToken ct) =>
        ForwardAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/gaps/{file}?{query}"), ct);

    /// <summary>Whether the municipality's open gaps count in its district's regional view (aggregates only).</summary>
    public Task<ServiceResult<RegionalConsent>> RegionalConsentAsync(CancellationToken ct) => GetAsync<RegionalConsent>("/api/gaps/regional-consent", ct);

    public Task<ServiceResult<RegionalConsent>> SetRegionalConsentAsync(bool consent, CancellationToken ct) =>
        PutAsync<RegionalConsent>("/api/gaps/regional-consent", new { consent }, ct);

    /// <summary>The regional analyst's view: the district's consenting municipalities' gaps summed per category and kind, small ones withheld.</summary>
    public Task<ServiceResult<RegionalGaps>> RegionAsync(string district, CancellationToken ct) =>
        GetAsync<RegionalGaps>($"/api/regions/{Uri.EscapeDataString(district)}/gaps", ct);

    public Task<ServiceResult<GapWeek>> WeekAsync(Guid id, CancellationToken ct) => GetAsync<GapWeek>($"/api/gaps/{id}/week", ct);

    /// <summary>Which gaps changed offers would close, shrink or leave; nothing is stored.</summary>
    /// <summary>The category's gaps of this week as they will be once everything planned by <paramref name="plannedBy"/> has taken effect.</summary>
    public Task<ServiceResult<PlannedGaps>> PlannedAsync(string category, DateOnly plannedBy, CancellationToken ct) =>
        GetAsync<PlannedGaps>($"/api/gaps/analysis?category={Uri.EscapeDataString(category)}&plannedBy={plannedBy:yyyy-MM-dd}", ct);

    /// <summary>Demand of people who work here: other municipalities' households' needs near a workplace in this one, this week.</summary>
    public Task<ServiceResult<IncomingDemand>> IncomingAsync(CancellationToken ct) => GetAsync<IncomingDemand>("/api/gaps/incoming", ct);

    /// <summary>The planning year: per area and category the weeks with a gap — the next 52 weeks, or the Kita year starting in August of <paramref name="kitaYear"/>.</summary>
    public Task<ServiceResult<GapHorizon>> HorizonAsync(int? kitaYear, CancellationToken ct) =>
        GetAsync<GapHorizon>(kitaYear is { } year ? $"/api/gaps/horizon?kitaYear={year}" : "/api/gaps/horizon", ct);

    /// <summary>
    /// Two survey waves side by side in the current week: per area and category each wave's gap alone against today's offers,
    /// and what became of it. 404 when Gaps holds nothing of one of the surveys.
    /// </summary>
    public Task<ServiceResult<WaveComparison>> WavesAsync(Guid first, Guid second, CancellationToken ct) =>
        GetAsync<WaveComparison>($"/api/gaps/waves?first={first}&second={second}", ct);

    public Task<ServiceResult<WhatIfResult>> WhatIfAsync(IReadOnlyList<WhatIfChange> changes, CancellationToken ct) =>
        PostAsync<WhatIfResult>("/api/gaps/what-if", new { changes }, ct);

    /// <summary>The municipality's school holidays, earliest first: offers with <c>SH off</c> are closed in them.</summary>
    public Task<ServiceResult<List<SchoolHoliday>>> SchoolHolidaysAsync(CancellationToken ct) => GetAsync<List<SchoolHoliday>>(SchoolHolidays, ct);

    /// <summary>Adds a period; Gaps recalculates the gaps at once, as for every change of the holidays.</summary>
    public Task<ServiceResult<SchoolHoliday>> AddSchoolHolidayAsync(HolidayPeriod period, CancellationToken ct) => PostAsync<SchoolHoliday>(SchoolHolidays, period, ct);

    public Task<ServiceResult<SchoolHoliday>> ChangeSchoolHolidayAsync(Guid id, HolidayPeriod period, CancellationToken ct) =>
        PutAsync<SchoolHoliday>($"{SchoolHolidays}/{id}", period, ct);

    public Task<ServiceResult<Done>> RemoveSchoolHolidayAsync(Guid id, CancellationToken ct) => DeleteAsync($"{SchoolHolidays}/{id}", ct);

    /// <summary>Checks (dry run) or imports the periods of an iCalendar file or a CSV table; refused, the problem carries the report.</summary>
    public Task<ServiceResult<HolidayImportReport>> ImportSchoolHolidaysAsync(string content, string mediaType, bool dryRun, CancellationToken ct) =>
        ImportFileAsync<HolidayImportReport>(new ImportFile($"{SchoolHolidays}/import", content, mediaType), dryRun, ct);
}

/// <param name="To">The last day, inclusive.</param>
public sealed record SchoolHoliday(Guid Id, DateOnly From, DateOnly To, string Name)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>A school holiday period as sent to Gaps: first and last day (inclusive) and its name.</summary>
public sealed record HolidayPeriod(DateOnly From, DateOnly To, string Name);

/// <param name="Format"><c>ics</c> or <c>csv</c>.</param>
/// <param name="Stored">The periods were stored (not a dry run, and no errors).</param>
public sealed record HolidayImportReport(string Format, bool DryRun, bool Stored, IReadOnlyList<ImportedHoliday> Periods, IReadOnlyList<ImportError> Errors)
{
    public int Count(string outcome) => Periods.Count(p => p.Outcome == outcome);
}

/// <param name="Line">The line the period starts on in the file.</param>
/// <param name="Outcome"><c>added</c>, <c>changed</c> (the same days held under another name) or <c>unchanged</c>.</param>
public sealed record ImportedHoliday(int Line, DateOnly? From, DateOnly? To, string? Name, string Outcome);

/// <summary>Gaps' horizon: every area and category with a gap in any week of it.</summary>
/// <param name="SchoolHolidayDays">The span's days in the school holidays, on which alone holiday care counts; 0: none entered for it.</param>
/// <param name="Consented">Whether the municipality consents to the regional exchange: without it nothing flows in.</param>
public sealed record IncomingDemand(string Week, bool Consented, IReadOnlyList<IncomingCell> Cells);

/// <summary>Per area and category with at least 5 responses: when care is needed near the workplace, peak persons, person-hours per week.</summary>
public sealed record IncomingCell(string AreaCode, string Category, string Intervals, double EstimatedPersons, double PersonHours, int Responses);

public sealed record GapHorizon(string From, string To, int Weeks, IReadOnlyList<HorizonCell> Cells, int? SchoolHolidayDays = null);

/// <param name="FirstWeek">The first week with a gap (ISO, 2027-W32).</param>
public sealed record HorizonCell(string Category, string AreaCode, string FirstWeek, IReadOnlyList<HorizonGapWeek> Weeks);

public sealed record HorizonGapWeek(string Week, DateOnly Monday, GapKind Kind, double EstimatedPersons, double PersonHours);

/// <param name="FirstResponses">All responses of the first wave Gaps holds; null when fewer than 5 (withheld).</param>
/// <param name="Cells">Each area and category with a gap in either wave.</param>
public sealed record WaveComparison(Guid First, Guid Second, string Week, DateOnly Monday, int? FirstResponses, int? SecondResponses, IReadOnlyList<WaveCell> Cells);

/// <param name="Verdict">What became of the gap from the first wave to the second; withheld when a side's figures are.</param>
public sealed record WaveCell(string Category, string AreaCode, WaveFigures First, WaveFigures Second, WaveVerdict Verdict);

/// <summary>One wave's figures in a cell; all null when <paramref name="Suppressed"/> (fewer than 5 responses behind them).</summary>
/// <param name="EstimatedPersons">The most persons without care in any one slot of the week; 0 without a gap.</param>
/// <param name="Responses">The wave's responses with a need in the cell, gap or not: whether the households are still there.</param>
public sealed record WaveFigures(bool Suppressed, double? EstimatedPersons, double? PersonHours, int? Responses);

/// <summary>By person-hours; a move under 10 % of the first wave's is none.</summary>
public enum WaveVerdict
{
    Closed,
    New,
    Grew,
    Shrank,
    Unchanged,
    Withheld,
}

public enum GapKind
{
    Content,
    Time,
    Capacity,
    Feature,
}

/// <param name="EstimatedPersons">Peak persons without care in any one quarter hour.</param>
/// <param name="Severity">0–100: the share of the care hours needed in the category and area that the gap leaves uncovered.</param>
/// <param name="Confidence">0–1: responses ÷ (responses + 5).</param>
/// <param name="UnknownOccupancyOffers">Capacity gaps: serving offers of unknown occupancy, whose places the gap does not count as free.</param>
/// <param name="UnknownOccupancyPlaces">The places of those offers.</param>
/// <param name="Missing">Feature gaps: what no serving offer has, <c>short-term</c> and language codes.</param>
/// <param name="UnweightedResponses">Of the responses, those without a known household count for their stratum, counted ×1.</param>
/// <param name="ReservedPlaces">Capacity gaps: free places of the serving offers reserved for partners' staff (Belegplätze), which the
/// gap — the public's — is computed without.</param>
public sealed record Gap(
    Guid Id, string Key, string Category, string AreaCode, GapKind Kind, double EstimatedPersons, double PersonHours, string Intervals,
    double Severity, double Confidence, int Responses, bool Open, int Version, DateTimeOffset DetectedAt, DateTimeOffset? ResolvedAt,
    int UnknownOccupancyOffers = 0, int UnknownOccupancyPlaces = 0, IReadOnlyList<string>? Missing = null, int UnweightedResponses = 0,
    int ReservedPlaces = 0);

/// <param name="Event"><c>GapDetected</c>, <c>GapChanged</c> or <c>GapResolved</c>.</param>
public sealed record GapHistoryEntry(int Version, string Event, DateTimeOffset At, double EstimatedPersons, double PersonHours, string Intervals, double Severity, int Responses);

/// <param name="Event"><c>GapDetected</c> (new, or open again), <c>GapChanged</c> (with its figures of then) or <c>GapResolved</c>.</param>
public sealed record GapChangeEntry(
    Guid GapId, string Key, string Category, string AreaCode, GapKind Kind, string Event, DateTimeOffset At,
    double EstimatedPersons, double PersonHours, double? EstimatedPersonsBefore, double? PersonHoursBefore);

public sealed record GapChangesSummary(int Detected, int Changed, int Resolved, IReadOnlyList<GapChangeEntry> Newest)
{
    public int Total => Detected + Changed + Resolved;
}

/// <param name="Km">From the facility to the area's centre; null where the centre is not known.</param>
/// <param name="FreePlaces">Places known to be free: 0 when <paramref name="OccupancyKnown"/> is false.</param>
public sealed record ServingOffer(Guid OfferId, bool InArea, double? Km, int FreePlaces, bool OccupancyKnown = true);

public sealed record GapCount(string Category, GapKind Kind, int Open);

/// <param name="Persons">Persons without care per slot of <paramref name="SlotMinutes"/> minutes, from Monday 00:00.</param>
public sealed record GapWeek(Guid GapId, string Key, string Week, DateOnly Monday, int SlotMinutes, IReadOnlyList<double> Persons);

/// <summary>
/// An offer as it would be: its hours per weekday (<c>HH:mm</c>, <c>24:00</c> for midnight) and free places (null: as
/// they are, e.g. unknown). A new offer has no id and says instead what it is and where (the facility's area and place).
/// </summary>
public sealed record WhatIfChange(
    Guid? OfferId, int? FreePlaces, IReadOnlyList<WhatIfHours> Hours, string? Category = null, string? AreaCode = null, double? Latitude = null, double? Longitude = null);

/// <summary>Gaps computed, not stored: as they will be by <paramref name="PlannedBy"/>.</summary>
public sealed record PlannedGaps(DateOnly? PlannedBy, IReadOnlyList<PlannedGap> Gaps);

public sealed record PlannedGap(string Key, string Intervals, double EstimatedPersons, double PersonHours);

public sealed record WhatIfHours(DayOfWeek Day, string From, string To);

/// <param name="Outcome"><c>closes</c>, <c>shrinks</c>, <c>remains</c>, <c>grows</c> or <c>opens</c>.</param>
public sealed record GapOutcome(string Key, string Category, string AreaCode, GapKind Kind, string Outcome, GapFigures? Before, GapFigures? After);

public sealed record GapFigures(string Intervals, double EstimatedPersons, double PersonHours, int Responses);

public sealed record WhatIfResult(IReadOnlyList<GapOutcome> Gaps, double PersonsCovered, double PersonHoursCovered);

/// <param name="District">The first 5 digits of the municipality's AGS.</param>
public sealed record RegionalConsent(string District, bool Consent, DateTimeOffset? ChangedAt);

/// <param name="Week">The calendar week the figures stand for (e.g. 2026-W49): Gaps fixes them at the week's first read.</param>
/// <param name="TakenAt">When the week's figures were fixed.</param>
public sealed record RegionalGaps(string District, int ConsentingMunicipalities, IReadOnlyList<RegionalAggregate> Gaps, string Week, DateTimeOffset TakenAt);

/// <param name="Suppressed">Fewer than 5 responses or too few municipalities: every figure, the count of municipalities too, is withheld.</param>
public sealed record RegionalAggregate(
    string Category, GapKind Kind, bool Suppressed, int? Municipalities, int? Responses, double? EstimatedPersons, double? PersonHours);
