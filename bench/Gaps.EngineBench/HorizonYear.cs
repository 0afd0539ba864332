using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// A planning year for a synthetic tenant, shaped like a real one: 13 weeks of school holidays of its state (2 at Easter, 6 in
/// summer, 2 in autumn, 2 at Christmas, 1 at Whitsun), in which a quarter of the offers close (a Hort or a Kita's summer break,
/// drawn per offer: one 3-week block of the summer holidays or all of them); 9 weeks with a public holiday, on which the offers
/// closed on public holidays (two thirds) lose that day; a tenth of the needs with a period (starting in August, ending in July
/// or after a few months). Each week is projected from the tenant's one-week input as the service projects its records.
/// Weeks 0–5 are the summer holidays.
/// </summary>
internal sealed class HorizonYear
{
    public const int Weeks = 52;

    private static readonly int[] SchoolHolidayWeeks = [0, 1, 2, 3, 4, 5, 11, 12, 20, 21, 33, 34, 42];
    private static readonly (int Week, int Day)[] PublicHolidayDays = [(8, 0), (9, 4), (11, 0), (13, 3), (16, 0), (17, 3), (19, 4), (39, 3), (44, 2)];

    private readonly SyntheticTenant _tenant;
    private readonly (int From, int Length)?[] _offerBreak;
    private readonly bool[] _offerClosedOnPublicHolidays;
    private readonly (int From, int Until)?[] _needPeriod;
    private readonly NeedInput?[] _unneeded;

    public HorizonYear(SyntheticTenant tenant, int seed)
    {
        _tenant = tenant;
        var rng = new Random(seed);
        _offerBreak = [.. tenant.Offers.Select(_ => rng.NextDouble() < 0.25 ? (rng.NextDouble() < 0.5 ? ((int, int)?)(0, 6) : (rng.Next(0, 4), 3)) : null)];
        _offerClosedOnPublicHolidays = [.. tenant.Offers.Select(_ => rng.NextDouble() < 2.0 / 3)];
        _needPeriod = [.. tenant.Needs.Select(_ => rng.NextDouble() < 0.1 ? (rng.NextDouble() < 0.5 ? ((int, int)?)(6, Weeks) : Months(rng)) : null)];
        _unneeded = [.. tenant.Needs.Select((n, k) => _needPeriod[k] is null ? null : n with { Slots = [] })];
        WeekList = [.. Enumerable.Range(0, Weeks).Select(i => new AnalysisWeek(SyntheticGermany.Week.Monday.AddDays(7 * i)))];
    }

    public IReadOnlyList<AnalysisWeek> WeekList { get; }

    /// <summary>A need for a few months: weeks [from, until).</summary>
    private static (int, int)? Months(Random rng)
    {
        var from = rng.Next(0, 40);
        return (from, from + rng.Next(4, 20));
    }

    public TenantInput Project(AnalysisWeek week)
    {
        var i = (week.Monday.DayNumber - WeekList[0].Monday.DayNumber) / 7;
        var holidays = SchoolHolidayWeeks.Contains(i);
        var publicDay = PublicHolidayDays.Where(p => p.Week == i).Select(p => (int?)p.Day).FirstOrDefault();
        var offers = _tenant.Offers.Select((o, k) =>
        {
            // Summer: the offer's own break; the other holidays: closed throughout.
            if (holidays && _offerBreak[k] is { } pause && (i >= 6 || (i >= pause.From && i < pause.From + pause.Length))) return o with { Open = [] };
            if (publicDay is { } day && _offerClosedOnPublicHolidays[k]) return o with { Open = Without(o.Open, day) };
            return o;
        }).ToList();
        // Outside its period a need has no slots but keeps its place, as the service projects it.
        var needs = _tenant.Needs.Select((n, k) => _needPeriod[k] is not { } period || (i >= period.From && i < period.Until) ? n : _unneeded[k]!).ToList();
        return _tenant.Input with { Offers = offers, Needs = needs };
    }

    private static List<SlotRange> Without(IReadOnlyList<SlotRange> open, int day)
    {
        var (from, to) = (day * WeekSlots.PerDay, (day + 1) * WeekSlots.PerDay);
        return [.. open.SelectMany(r => new[] { new SlotRange(r.From, Math.Min(r.To, from)), new SlotRange(Math.Max(r.From, to), r.To) }).Where(r => r.Length > 0)];
    }
}
