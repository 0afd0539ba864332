using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// What must hold for any tenant when reserved places serve their staff (<see cref="StaffPlaces"/>): only staff needs change,
/// none grows, and no slot sees more of a category's staff need served than the category has reserved places free.
/// </summary>
public sealed class StaffPlacesProperties
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Only_staff_needs_shrink_and_never_by_more_than_the_reserved_places()
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var input = RandomTenants.Draw(seed);
            var served = StaffPlaces.Serve(input);
            // The public's needs are the same items in the same order.
            Assert.Equal(input.Needs.Where(n => n.EmployerId is null), served.Needs.Where(n => n.EmployerId is null));
            Assert.Same(input.Offers, served.Offers);
            foreach (var category in input.Needs.Select(n => n.Category).Distinct())
            {
                var (before, after) = (PerSlot(input.Needs, category), PerSlot(served.Needs, category));
                var reserved = input.Offers.Where(o => o.Category == category).Sum(o => o.ReservedPlaces);
                for (var t = 0; t < WeekSlots.Count; t++)
                {
                    Assert.True(after[t] <= before[t] + Tolerance, $"seed {seed}: {category} grew in slot {t}");
                    Assert.True(before[t] - after[t] <= reserved + Tolerance, $"seed {seed}: {category} served more than reserved in slot {t}");
                }
            }
        }
    }

    [Fact]
    public void Without_reserved_places_the_input_is_given_back_as_it_is()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var input = RandomTenants.Draw(seed);
            var open = input with { Offers = [.. input.Offers.Select(o => o with { Reserved = null })] };
            Assert.Same(open, StaffPlaces.Serve(open));
        }
    }

    /// <summary>Persons needing care per slot in the category, all areas together.</summary>
    private static double[] PerSlot(IEnumerable<NeedInput> needs, string category)
    {
        var persons = new double[WeekSlots.Count];
        foreach (var need in needs.Where(n => n.Category == category))
            foreach (var range in need.Slots)
                for (var t = range.From; t < range.To; t++) persons[t] += need.Persons;
        return persons;
    }
}
