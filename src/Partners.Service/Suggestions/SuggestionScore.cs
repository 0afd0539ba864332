using System.Globalization;
using GutAusgestattet.Partners.Registry;

namespace GutAusgestattet.Partners.Suggestions;

/// <summary>The gap a ranking is for; <c>Centre</c> is null while Inventory has not announced the area.</summary>
public sealed record GapToFill(string Category, string Kind, string AreaCode, (double Latitude, double Longitude)? Centre);

public sealed record Candidate(Guid Id, string Name, PartnerKind Kind, string Sector, IReadOnlyList<PartnerSite> Sites, bool AgreedBefore);

/// <summary>One factor of a score: its name, the points it gave, and why, in words.</summary>
public sealed record Reason(string Factor, double Points, string Text);

public sealed record Suggestion(int Rank, Guid PartnerId, string Name, PartnerKind Kind, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>
/// Ranks partners for a gap, 0–100 points, each factor with its reason:
/// <list type="bullet">
/// <item><b>nearness</b>, up to 40: the nearest site in the gap's area gives 40, one
/// <see cref="ReachKm"/> away or farther 0, linearly between — families live near work;</item>
/// <item><b>affected employees</b>, up to 30: Incomings and Outgoings at sites within reach,
/// weighted by <see cref="HouseholdWeights"/>; n weighted employees give 30·n/(n+25), so 25 give
/// half and a large employer cannot outweigh everything else;</item>
/// <item><b>sector</b>, up to 20: 20 × <see cref="SectorFit"/>;</item>
/// <item><b>earlier co-operation</b>, 10: an outreach with the partner reached agreed before.</item>
/// </list>
/// Partners scoring nothing are left out; ties go by name, so the order is stable.
/// </summary>
public static class SuggestionScore
{
    public const double ReachKm = 20;
    public const double NearnessPoints = 40;
    public const double EmployeePoints = 30;
    public const double HalfEmployees = 25;
    public const double SectorPoints = 20;
    public const double CooperationPoints = 10;

    public static IReadOnlyList<Suggestion> Rank(GapToFill gap, IEnumerable<Candidate> candidates) =>
        candidates.Select(c => (Candidate: c, Reasons: Score(gap, c)))
            .Select(s => (s.Candidate, s.Reasons, Total: Math.Round(s.Reasons.Sum(r => r.Points), 1)))
            .Where(s => s.Total > 0)
            .OrderByDescending(s => s.Total).ThenBy(s => s.Candidate.Name, StringComparer.CurrentCulture).ThenBy(s => s.Candidate.Id)
            .Select((s, i) => new Suggestion(i + 1, s.Candidate.Id, s.Candidate.Name, s.Candidate.Kind, s.Total, s.Reasons))
            .ToList();

    public static IReadOnlyList<Reason> Score(GapToFill gap, Candidate candidate)
    {
        var reasons = new List<Reason>();
        var sites = candidate.Sites.Select(s => (Site: s, Km: Distance(gap, s))).ToList();

        if (sites.Where(s => s.Km is not null).OrderBy(s => s.Km).FirstOrDefault() is { Site: not null } nearest && nearest.Km < ReachKm)
        {
            var points = Round(NearnessPoints * (1 - nearest.Km!.Value / ReachKm));
            var where = nearest.Km == 0 && nearest.Site.AreaCode == gap.AreaCode
                ? $"in the area {gap.AreaCode}"
                : $"{nearest.Km.Value.ToString("0.0", CultureInfo.InvariantCulture)} km from the centre of {gap.AreaCode}";
            reasons.Add(new Reason("nearness", points, $"site {SiteName(nearest.Site)} lies {where}"));
        }

        var (inWeight, outWeight) = HouseholdWeights.Of(gap.Category, gap.Kind);
        var near = sites.Where(s => s.Km < ReachKm).Select(s => s.Site).ToList();
        var (incomings, outgoings) = (near.Sum(s => s.Incomings), near.Sum(s => s.Outgoings));
        var weighted = inWeight * incomings + outWeight * outgoings;
        if (weighted > 0)
            reasons.Add(new Reason("employees", Round(EmployeePoints * weighted / (weighted + HalfEmployees)),
                $"{incomings} Incomings and {outgoings} Outgoings at sites within {ReachKm:0} km"
                + $" (Incomings count {inWeight:0.#}, Outgoings {outWeight:0.#} for a {gap.Kind} gap in {gap.Category})"));

        var (fit, sectorReason) = SectorFit.Of(candidate.Sector, gap.Category);
        if (fit > 0) reasons.Add(new Reason("sector", Round(SectorPoints * fit), sectorReason!));

        if (candidate.AgreedBefore) reasons.Add(new Reason("cooperation", CooperationPoints, "an earlier outreach reached an agreement"));
        return reasons;
    }

    /// <summary>Kilometres from the site to the gap's area; null when it cannot be told (the area's centre is not known yet).</summary>
    public static double? Distance(GapToFill gap, PartnerSite site) =>
        site.AreaCode == gap.AreaCode ? 0
        : gap.Centre is { } centre ? GeoDistance.Km(site.Latitude, site.Longitude, centre.Latitude, centre.Longitude)
        : null;

    private static string SiteName(PartnerSite site) => site.Name is { } name ? $"'{name}'" : $"'{site.Address}, {site.PostalCode}'";

    private static double Round(double points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);
}
