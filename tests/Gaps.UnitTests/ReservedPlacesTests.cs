using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;
using GapFinding = GutAusgestattet.Gaps.GapEngine.GapFinding;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// Reserved places (Belegplätze) serve only the staff of the partners they are reserved for, from the read model as Gaps keeps it:
/// one Kita in area "a", open Monday 08:00–16:00, 10 places of which 8 are occupied, and — unless a test says otherwise — 2 places
/// reserved for partner P. Every need is one child, Monday 08:00–10:00 (2 hours). Every number is worked out beside it.
/// </summary>
public sealed class ReservedPlacesTests
{
    private const string Tenant = "09162000";
    private static readonly AnalysisWeek Week = AnalysisWeek.Containing(new DateOnly(2027, 3, 1));
    private static readonly Guid P = Guid.NewGuid(), Q = Guid.NewGuid();

    private static DemandRecord Child(Guid? employer, int fromHour = 8) => new()
    {
        DemandId = Guid.NewGuid(), TenantId = Tenant, ResponseId = Guid.NewGuid(), HouseholdType = "incoming", Category = "kita", AreaCode = "a",
        Persons = 1, Weight = 1, Windows = [new DemandWindow(DayOfWeek.Monday, fromHour * 60, 10 * 60, false)], EmployerId = employer,
    };

    private static OfferSupply Kita(int occupied = 8, int reserved = 2)
    {
        var state = new OfferState("Kita am Markt", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Kita am Markt", "municipal", 49.45, 11.07),
            null, 10, occupied, "Mo 08:00-16:00", [new WeeklyInterval(DayOfWeek.Monday, 8 * 60, 16 * 60)], [], false, false, ["de"], null, "active", null,
            Reserved: reserved > 0 ? [new ReservedPlaces(Guid.NewGuid(), [P], reserved)] : null);
        return new OfferSupply { OfferId = Guid.NewGuid(), TenantId = Tenant, Category = "kita", AreaCode = "a", State = state };
    }

    private static List<GapFinding> Gaps(OfferSupply kita, IEnumerable<DemandRecord> children) =>
        SlotComparison.Compute(new TenantRecords(Tenant, null, [new AreaInput("a", 49.45, 11.07)], new Dictionary<string, double>(), [kita], [],
            [.. children], []).Project(Week, null));

    private static IEnumerable<DemandRecord> Children(int count, Guid? employer) => Enumerable.Range(0, count).Select(_ => Child(employer));

    [Fact]
    public void Reserved_places_close_the_partners_staffs_gap_but_not_the_public_gap()
    {
        // Free: 10 − 8 = 2, both reserved for P; open to the public: 0.
        // Two children of P's staff take the 2 reserved places: no gap.
        Assert.Empty(Gaps(Kita(), Children(2, P)));

        // Two children of the public find no open place: a capacity gap of 2 persons for 2 hours = 4 person-hours; the gap names the 2
        // reserved places it was computed without.
        var publicGap = Assert.Single(Gaps(Kita(), Children(2, null)));
        Assert.Equal((GapKind.Capacity, "Mo 08:00–10:00", 2.0, 4.0, 2, 2), (publicGap.Kind, publicGap.Slots.ToString(), publicGap.PeakPersons,
            publicGap.PersonHours, publicGap.Responses, publicGap.ReservedPlaces));

        // Staff of another partner are the public to P's places: the same gap.
        Assert.Equal((2.0, 4.0), Assert.Single(Gaps(Kita(), Children(2, Q))) is var other ? (other.PeakPersons, other.PersonHours) : default);

        // Without the reservation the 2 free places are open, and the public's two children are cared for.
        Assert.Empty(Gaps(Kita(reserved: 0), Children(2, null)));
    }

    [Fact]
    public void The_staff_beyond_the_reserved_places_join_the_public_demand_which_only_open_places_serve()
    {
        // Three children of P's staff and two of the public. The 2 reserved places serve P's three in proportion: each keeps
        // (3 − 2) / 3 = ⅓ of a person, 1 person in all, who joins the public's 2. Open places: 0 → capacity gap 3 persons, 2 hours,
        // 6 person-hours, on all 5 responses (each still needs care in the slots); severity 6 of the 6 public person-hours = 100.
        var gap = Assert.Single(Gaps(Kita(), [.. Children(3, P), .. Children(2, null)]));
        Assert.Equal(GapKind.Capacity, gap.Kind);
        Assert.Equal(3.0, gap.PeakPersons, 9);
        Assert.Equal(6.0, gap.PersonHours, 9);
        Assert.Equal((5, 100.0, 2), (gap.Responses, gap.Severity, gap.ReservedPlaces));

        // P's three alone: 1 person left, 2 person-hours.
        var staffOnly = Assert.Single(Gaps(Kita(), Children(3, P)));
        Assert.Equal(1.0, staffOnly.PeakPersons, 9);
        Assert.Equal(2.0, staffOnly.PersonHours, 9);

        // Without the reservation the 2 free places serve all five alike: 5 − 2 = 3 persons, 6 of 10 person-hours (severity 60) —
        // the same persons in all, but now 2 of them are P's staff whose places the agreement promised.
        var open = Assert.Single(Gaps(Kita(reserved: 0), [.. Children(3, P), .. Children(2, null)]));
        Assert.Equal((3.0, 6.0, 60.0, 0), (open.PeakPersons, open.PersonHours, open.Severity, open.ReservedPlaces));
    }

    [Fact]
    public void Occupied_places_are_taken_from_the_open_places_first()
    {
        // 9 of 10 occupied: 1 free place, and it is reserved (the reservation is a promise of availability); open: 0.
        // Two of P's staff: 1 served, 1 left → a gap of 1 person for 2 hours. One of the public: a gap of 1 person.
        var staff = Assert.Single(Gaps(Kita(occupied: 9), Children(2, P)));
        Assert.Equal((1.0, 2.0, 1), (staff.PeakPersons, staff.PersonHours, staff.ReservedPlaces));
        Assert.Equal(1.0, Assert.Single(Gaps(Kita(occupied: 9), Children(1, null))).PeakPersons);
        // 5 occupied: 5 free, 2 reserved, 3 open.
        Assert.Equal((3, 2), StaffReservation.Split(5, [([P], 2)]) is var (open, reserved) ? (open, reserved!.Sum(r => r.FreePlaces)) : default);
        Assert.Equal((0, (IReadOnlyList<StaffReservation>?)null), StaffReservation.Split(0, [([P], 2)]));
    }

    [Fact]
    public void Reserved_places_serve_the_staff_only_while_the_offer_is_open()
    {
        // One child of P's staff, Monday 07:00–10:00; the Kita opens at 08:00. 07:00–08:00 no offer is open: a time gap of 1 person,
        // 1 hour. From 08:00 a reserved place serves the child: no capacity gap.
        var gap = Assert.Single(Gaps(Kita(), [Child(P, fromHour: 7)]));
        Assert.Equal((GapKind.Time, "Mo 07:00–08:00", 1.0, 1.0, 1), (gap.Kind, gap.Slots.ToString(), gap.PeakPersons, gap.PersonHours, gap.Responses));
    }
}
