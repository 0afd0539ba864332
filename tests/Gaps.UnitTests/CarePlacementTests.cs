using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// Demand lands where it arises. The municipality has two areas 25 km apart — "wohnen", where the household lives and its Kita
/// is, and "gewerbe", where the Incoming works and no Kita is — so no offer of one serves the other.
/// </summary>
public sealed class CarePlacementTests
{
    private const string Tenant = "09162000";
    private static readonly AnalysisWeek Week = AnalysisWeek.Containing(new DateOnly(2027, 3, 1));

    private static DemandWindow Window(int day, string? place = null, string? area = null) =>
        new(WeekSlots.Day(day), 8 * 60, 16 * 60, false, place, area);

    private static DemandRecord Need(params DemandWindow[] windows) => new()
    {
        DemandId = Guid.NewGuid(), TenantId = Tenant, ResponseId = Guid.NewGuid(), HouseholdType = "incoming", Category = "kita", AreaCode = "wohnen",
        Persons = 1, Weight = 1, Windows = [.. windows],
    };

    /// <summary>A Kita in "wohnen", Mo–Fr 07:00–17:00, with 5 free places.</summary>
    private static OfferSupply Kita()
    {
        var hours = Enumerable.Range(0, 5).Select(d => new WeeklyInterval(WeekSlots.Day(d), 7 * 60, 17 * 60)).ToList();
        var state = new OfferState("Kita am Markt", "kita", null, "wohnen", new FacilityState(Guid.NewGuid(), "Kita am Markt", "municipal", 49.45, 11.07),
            null, 20, 15, "Mo-Fr 07:00-17:00", hours, [], false, false, ["de"], null, "active", null);
        return new OfferSupply { OfferId = Guid.NewGuid(), TenantId = Tenant, Category = "kita", AreaCode = "wohnen", State = state };
    }

    private static List<string> Gaps(params DemandRecord[] demand) =>
        [.. SlotComparison.Compute(new TenantRecords(Tenant, null, [new AreaInput("wohnen", 49.45, 11.07), new AreaInput("gewerbe", 49.45, 11.42)],
                new Dictionary<string, double>(), [Kita()], [], demand, []).Project(Week, null))
            .OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Slots} {f.PeakPersons} {f.PersonHours}")];

    [Fact]
    public void An_Incomings_need_near_the_workplace_Monday_to_Thursday_and_near_home_on_Friday_is_demand_in_two_areas()
    {
        // One child, 08:00–16:00: Mo–Th near the workplace (gewerbe, no Kita: a content gap of 1 person, 4 × 8 = 32 person-hours),
        // Friday near home (wohnen, where the Kita has room: no gap).
        var need = Need(Window(0, CarePlaces.Workplace, "gewerbe"), Window(1, CarePlaces.Workplace, "gewerbe"), Window(2, CarePlaces.Workplace, "gewerbe"),
            Window(3, CarePlaces.Workplace, "gewerbe"), Window(4, CarePlaces.Home));

        Assert.Equal(["kita:gewerbe:content Mo–Do 08:00–16:00 1 32"], Gaps(need));
        var placed = CarePlacement.Of(need.AreaCode, need.Windows, true).ToList();
        Assert.Equal([("gewerbe", 4), ("wohnen", 1)], placed.Select(p => (p.AreaCode, p.Windows.Count)).OrderBy(p => p.AreaCode));
    }

    [Fact]
    public void The_same_need_near_home_all_week_is_served_by_the_Kita()
    {
        Assert.Empty(Gaps(Need(Window(0), Window(1), Window(2), Window(3), Window(4))));
    }

    [Fact]
    public void Either_is_one_person_counted_once_at_home()
    {
        // Mondays either near home or near the workplace, and the same Monday near home once more: one child, one place, once —
        // no second person at the workplace, so no gap there, and the Kita at home serves the one child.
        var either = Need(Window(0, CarePlaces.Either, "gewerbe"));
        Assert.Equal([("wohnen", 1)], CarePlacement.Of(either.AreaCode, either.Windows, true).Select(p => (p.AreaCode, p.Windows.Count)));
        Assert.Empty(Gaps(either));
        // Without the Kita's room the gap is at home, of one person.
        var crowded = Enumerable.Range(0, 6).Select(_ => Need(Window(0, CarePlaces.Either, "gewerbe"))).ToArray();
        Assert.Equal(["kita:wohnen:capacity Mo 08:00–16:00 1 8"], Gaps(crowded));
    }

    [Fact]
    public void Care_near_a_workplace_in_another_municipality_is_not_demand_here()
    {
        // Monday near a workplace in another municipality (its area "gewerbe" is that municipality's, not this one's), Tuesday near
        // home: only Tuesday counts here.
        var need = Need(Window(0, CarePlaces.Workplace, "gewerbe"), Window(1, CarePlaces.Home));
        Assert.Equal([("wohnen", 1)], CarePlacement.Of(need.AreaCode, need.Windows, workplaceHere: false).Select(p => (p.AreaCode, p.Windows.Count)));
        var alone = Need(Window(0, CarePlaces.Workplace));
        Assert.Empty(CarePlacement.Of(alone.AreaCode, alone.Windows, workplaceHere: false));
    }
}
