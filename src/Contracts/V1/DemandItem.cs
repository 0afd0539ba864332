namespace GutAusgestattet.Contracts.V1;

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
/// <param name="EmployerId">The partner of the municipality (a company with places reserved for its staff, <see cref="ReservedPlaces"/>)
/// the household named as the employer of the parent or of the person needing care; null when it named none. Added to V1; producers that
/// predate it leave it out.</param>
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
    string? WorkplaceAgs = null,
    Guid? EmployerId = null);
