using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.Weighting;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The known counts as a grid of fields: read as typed, sent all at once, the service's refusal back at the field.</summary>
public sealed class KnownCountsFormTests
{
    private static readonly KnownArea[] Areas = [new("altstadt", "Altstadt"), new("mitte", "Mitte")];

    [Fact]
    public void Stored_counts_fill_their_fields_and_the_others_stay_empty()
    {
        var form = KnownCountsForm.Of(Areas, new KnownCounts([new KnownCount("mitte", "outgoing", 1200)]));

        Assert.Equal(("1200", ""), (form.ValueAt("households-mitte-outgoing"), form.ValueAt("households-altstadt-outgoing")));
    }

    [Fact]
    public void The_filled_fields_are_sent_in_grid_order_and_a_refusal_of_an_entry_names_the_field_it_came_from()
    {
        var typed = new Dictionary<string, string> { ["households-mitte-incoming"] = " 1.040 ", ["households-altstadt-other"] = "7", ["households-mitte-both"] = "20.000.000", ["households-gone-other"] = "9" };
        var form = KnownCountsForm.Read(Areas, typed.GetValueOrDefault);

        var counts = form.ToCounts(out var sent, out var notWhole);

        Assert.Empty(notWhole);
        Assert.Equal([new KnownCount("altstadt", "other", 7), new KnownCount("mitte", "incoming", 1040), new KnownCount("mitte", "both", 20_000_000)], counts!.Counts);
        Assert.Equal("households-mitte-both", form.FieldIdOf("counts[2].households", sent));
        Assert.Equal("households-altstadt-other", form.FieldIdOf("counts", sent));
        Assert.Equal("households-altstadt-other", form.FieldIdOf("counts[9].households", sent));
    }

    [Fact]
    public void A_field_that_holds_no_whole_number_is_named_nothing_is_sent_and_what_was_typed_is_kept()
    {
        var typed = new Dictionary<string, string> { ["households-mitte-incoming"] = "-3", ["households-altstadt-incoming"] = "zwölf", ["households-altstadt-both"] = "12" };
        var form = KnownCountsForm.Read(Areas, typed.GetValueOrDefault);

        Assert.Null(form.ToCounts(out _, out var notWhole));
        Assert.Equal(["households-altstadt-incoming", "households-mitte-incoming"], notWhole);
        Assert.Equal("zwölf", form.ValueAt("households-altstadt-incoming"));
    }
}
