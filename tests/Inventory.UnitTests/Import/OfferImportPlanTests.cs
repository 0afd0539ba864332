using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Offers;

namespace GutAusgestattet.Inventory.UnitTests.Import;

/// <summary>The plan of an offer import, without a database: what each row becomes against the tenant's rows.</summary>
public class OfferImportPlanTests
{
    private const string Tenant = "09162000";
    private const string Header = "facility_key,facility_name,latitude,longitude,area_code,offer_key,name,category,places,opening_hours";
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly AreaPlacement Areas = new([
        new PlacedArea("nord", "Nord", 49.46, 11.07, null),
        new PlacedArea("sued", "Süd", 49.40, 11.07, null),
    ]);

    private static OfferImportPlan Plan(string rows, IReadOnlyCollection<Facility>? facilities = null, IReadOnlyCollection<Offer>? offers = null) =>
        OfferImportPlan.Make(CsvOfferReader.Read($"{Header}\n{rows}"), facilities ?? [], offers ?? [], Areas, Tenant, Today);

    private const string TwoOffers =
        "kita-nord,Kita Nord,49.459,11.071,,o-krippe,Krippe,kita,12,Mo-Fr 07:00-17:00\n" +
        "kita-nord,Kita Nord,49.459,11.071,,o-hort,Hort,kita,20,Mo-Fr 12:00-17:00\n";

    [Fact]
    public void A_new_facility_with_two_offers_is_created_once_and_placed_in_the_nearest_area()
    {
        var plan = Plan(TwoOffers);

        Assert.Empty(plan.Errors);
        Assert.True(plan.AnyChange);
        var facility = Assert.Single(plan.Facilities);
        Assert.Equal(("kita-nord", ImportOutcome.Created, "nord"), (facility.Key, facility.Outcome, facility.Target.AreaCode));
        Assert.Equal([("o-krippe", ImportOutcome.Created, 1), ("o-hort", ImportOutcome.Created, 1)],
            plan.Offers.Select(o => (o.Row.OfferKey, o.Outcome, o.Version ?? 0)));
        Assert.All(plan.Offers, o => Assert.Equal(facility.Target.Id, o.Details!.FacilityId));
    }

    [Fact]
    public void A_second_row_with_the_same_offer_key_is_refused_with_the_line_of_the_first()
    {
        var plan = Plan(TwoOffers.Replace("o-hort", "o-krippe"));

        Assert.Equal([ImportOutcome.Created, ImportOutcome.Invalid], plan.Offers.Select(o => o.Outcome));
        var error = Assert.Single(plan.Errors);
        Assert.Equal((3, "offer_key"), (error.Line, error.Field));
        Assert.Contains("occurs already on line 2", error.Rule);
        Assert.Empty(plan.Offers[1].Reasons());
    }

    [Fact]
    public void A_facility_whose_rows_disagree_is_refused_with_all_its_offers()
    {
        var plan = Plan(TwoOffers.Replace("49.459,11.071,,o-hort", "49.401,11.071,,o-hort"));

        Assert.Equal(ImportOutcome.Created, Assert.Single(plan.Facilities).Outcome);
        Assert.Equal([ImportOutcome.Created, ImportOutcome.Invalid], plan.Offers.Select(o => o.Outcome));
        Assert.Equal((3, "latitude"), (Assert.Single(plan.Errors).Line, plan.Errors[0].Field));
    }

    [Fact]
    public void Rows_as_stored_are_unchanged_and_a_changed_one_gets_the_next_version_and_its_reason()
    {
        var (facilities, offers) = Stored(Plan(TwoOffers));

        var again = Plan(TwoOffers.Replace("Hort,kita,20", "Hort,kita,25"), facilities, offers);

        Assert.Empty(again.Errors);
        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(again.Facilities).Outcome);
        Assert.Equal([(ImportOutcome.Unchanged, 1), (ImportOutcome.Changed, 2)], again.Offers.Select(o => (o.Outcome, o.Version ?? 0)));
        Assert.Equal(ImportReasons.Unchanged, again.Offers[0].Reasons());
        Assert.Contains(again.Offers[1].Reasons(), r => r.Arguments.Contains("25"));
    }

    [Fact]
    public void The_same_file_again_changes_nothing()
    {
        var (facilities, offers) = Stored(Plan(TwoOffers));

        var again = Plan(TwoOffers, facilities, offers);

        Assert.Empty(again.Errors);
        Assert.False(again.AnyChange);
        Assert.All(again.Offers, o => Assert.Equal(ImportOutcome.Unchanged, o.Outcome));
    }

    /// <summary>The tenant's rows after storing <paramref name="plan"/>, as the writer would have.</summary>
    private static (List<Facility>, List<Offer>) Stored(OfferImportPlan plan) =>
        ([.. plan.Facilities.Select(f => f.Target)],
         [.. plan.Offers.Select(o => new Offer { Id = Guid.CreateVersion7(), TenantId = Tenant, Key = o.Row.OfferKey, Details = o.Details!, Status = OfferStatus.Active, Version = 1 })]);
}
