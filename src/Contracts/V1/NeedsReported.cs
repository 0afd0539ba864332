namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// One household's response turned into demand. Carries no name, address, contact or free text:
/// those never leave the survey service. <paramref name="SurveyId"/> and <paramref name="SurveyVersion"/>
/// are null when a planner recorded the need directly (e.g. from a consultation) rather than a survey.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="ResponseId">The response; withdrawal and reweighting name it or its stratum.</param>
/// <param name="SurveyId">The survey answered; null when recorded by a planner.</param>
/// <param name="SurveyVersion">The survey version answered; null when recorded by a planner.</param>
/// <param name="Items">The demand, one item per category of care needed.</param>
/// <param name="WeightRevision">The revision of the response's stratum weight the items carry (see
/// <see cref="NeedsReweighted"/>): a consumer holding a later revision for the stratum keeps that weight. 0 when unweighted.</param>
/// <param name="ImportId">The import (<see cref="AnswersImported"/>) the response came with; null when submitted on its own.</param>
[InternalEvent]
public sealed record NeedsReported(
    string TenantId,
    Guid ResponseId,
    Guid? SurveyId,
    int? SurveyVersion,
    IReadOnlyList<DemandItem> Items,
    long WeightRevision = 0,
    Guid? ImportId = null) : ITenantEvent;

/// <summary>One category of care a household needs in one area.</summary>
/// <param name="DemandId">Identifies this demand line.</param>
/// <param name="HouseholdType"><c>incoming</c>, <c>outgoing</c>, <c>both</c> or <c>other</c>.</param>
/// <param name="Category">Care category code, e.g. <c>krippe</c>, <c>kita</c>, <c>tagespflege</c>.</param>
/// <param name="AreaCode">The tenant's area the care is needed in.</param>
/// <param name="Persons">Persons of the household needing this care.</param>
/// <param name="Weight">Post-stratification weight of the response (1 when no counts are known).</param>
/// <param name="AgeBand">Age band of the persons: <c>0-2</c>, <c>3-5</c>, <c>6-9</c>, <c>10-13</c>, <c>14-17</c>,
/// <c>18-64</c>, <c>65-79</c> or <c>80+</c>; null when not asked (e.g. recorded by a planner).</param>
/// <param name="Windows">The weekly time windows the care is needed in; empty when not asked.</param>
/// <param name="From">First day the care is needed; null when from now on.</param>
/// <param name="Until">Last day the care is needed; null when open-ended.</param>
/// <param name="Temporary">Whether the need is temporary (true) or lasting (false); null when not asked.</param>
/// <param name="Urgency"><c>immediate</c>, <c>withinThreeMonths</c>, <c>withinYear</c> or <c>later</c>; null when not asked.</param>
/// <param name="PreferredLanguages">ISO 639-1 codes of the languages the household would like care in.</param>
/// <param name="MetToday">How the need is met today: <c>notMet</c>, <c>partly</c>, <c>family</c>, <c>private</c> or
/// <c>publicOffer</c>; null when not asked.</param>
/// <param name="Unweighted">No household count is known for the response's stratum: <paramref name="Weight"/> is then 1, the
/// response stands only for itself, and an estimate that adds it to weighted ones says how many such responses it holds.</param>
/// <param name="WorkplaceAgs">The 8-digit AGS of the municipality of the multilocal member's workplace, when some window's care is
/// needed near it (<see cref="DemandWindow.Place"/>); null otherwise.</param>
public sealed record DemandItem(
    Guid DemandId,
    string HouseholdType,
    string Category,
    string AreaCode,
    int Persons,
    double Weight,
    string? AgeBand = null,
    IReadOnlyList<DemandWindow>? Windows = null,
    DateOnly? From = null,
    DateOnly? Until = null,
    bool? Temporary = null,
    string? Urgency = null,
    IReadOnlyList<string>? PreferredLanguages = null,
    string? MetToday = null,
    bool Unweighted = false,
    string? WorkplaceAgs = null);

/// <summary>
/// One weekly window in which care is needed, on one weekday: minutes since that day's midnight.
/// An overnight window starts on <paramref name="Day"/> and ends on the next day at <paramref name="ToMinute"/>.
/// </summary>
/// <param name="Day">The weekday the window starts on.</param>
/// <param name="FromMinute">Start, minutes after midnight (0–1439).</param>
/// <param name="ToMinute">End, minutes after midnight (1–1440); the next day's when <paramref name="Overnight"/>.</param>
/// <param name="Overnight">Whether the window runs past midnight into the next day.</param>
/// <param name="Place">Where the care is needed in this window (<see cref="CarePlaces"/>): <c>home</c> (near the household's home,
/// <see cref="DemandItem.AreaCode"/>), <c>workplace</c> (near the multilocal member's workplace) or <c>either</c>; null means home.</param>
/// <param name="AreaCode">For a window near the workplace or either: the workplace's area in the municipality
/// <see cref="DemandItem.WorkplaceAgs"/> names — the tenant's own or another sharing the platform; null for a municipality outside
/// the platform, or when the care is needed at home.</param>
public sealed record DemandWindow(DayOfWeek Day, int FromMinute, int ToMinute, bool Overnight, string? Place = null, string? AreaCode = null);
