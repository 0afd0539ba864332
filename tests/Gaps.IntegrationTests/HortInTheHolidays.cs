using System.Text;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// A municipality of its own with one area, a Hort closed in the school holidays (Mo–Fr 11:00–17:00, <c>SH off</c>) announced
/// as the inventory does, school children on Tuesdays 12:00–16:00, and the ministry's calendar of the 2027 summer (2 August –
/// 13 September) and autumn (2–5 November) holidays.
/// </summary>
internal static class HortInTheHolidays
{
    public const string Calendar = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//OpenHolidays API//DE
        BEGIN:VEVENT
        UID:so27-by
        DTSTART;VALUE=DATE:20270802
        DTEND;VALUE=DATE:20270914
        SUMMARY:Sommerferien 2027
        END:VEVENT
        BEGIN:VEVENT
        UID:he27-by
        DTSTART;VALUE=DATE:20271102
        DTEND;VALUE=DATE:20271106
        SUMMARY:Herbstferien 2027
        END:VEVENT
        END:VCALENDAR
        """;

    public static StringContent AsCalendar(string text) => new(text, Encoding.UTF8, "text/calendar");

    /// <summary>Publishes the area, the Hort, <paramref name="children"/> school children's answers and <paramref name="more"/> (made for the municipality's AGS); the municipality.</summary>
    public static async Task<Ags> PublishAsync(GapsHost host, int children, params Func<string, object>[] more)
    {
        var tenant = Ags.Parse($"09{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        var hours = Enumerable.Range(1, 5).Select(d => new WeeklyInterval((DayOfWeek)d, 11 * 60, 17 * 60)).ToList();
        var hort = new OfferState("Hort am Markt", "hort", null, "a", new FacilityState(Guid.NewGuid(), "Schule", "municipal", 49.45, 11.07),
            null, 20, 10, "Mo-Fr 11:00-17:00; SH off", hours, [], false, false, ["de"], null, "active", null, ClosedOnSchoolHolidays: true);
        var answers = Enumerable.Range(0, children).Select(_ => new NeedsReported(t, Guid.NewGuid(), null, 1, [new DemandItem(Guid.NewGuid(), "other", "hort", "a", 1, 1,
            Windows: [new DemandWindow(DayOfWeek.Tuesday, 12 * 60, 16 * 60, false)])], 0));
        await host.PublishShuffledAsync(tenant, [new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)), new OfferRegistered(t, Guid.NewGuid(), 1, hort),
            .. answers, .. more.Select(m => m(t))]);
        return tenant;
    }
}
