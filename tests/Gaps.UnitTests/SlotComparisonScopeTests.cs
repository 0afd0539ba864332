using CsCheck;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>Recomputing one category after a change must find exactly what a full recompute finds for it.</summary>
public sealed class SlotComparisonScopeTests
{
    [Fact]
    public void One_category_finds_the_same_gaps_as_all_categories_do_for_it() =>
        Gen.Int.Sample(seed =>
        {
            var input = RandomTenants.Draw(seed);
            var all = SlotComparison.Compute(input, profiles: true);
            foreach (var category in input.Needs.Select(n => n.Category).Concat(["kita"]).Distinct())
            {
                var expected = all.Where(g => g.Category == category).ToList();
                var actual = SlotComparison.Compute(input, category, profiles: true);
                Assert.Equal(expected.Select(g => g with { Profile = null }), actual.Select(g => g with { Profile = null }));
                Assert.Equal(expected.Select(g => g.Profile), actual.Select(g => g.Profile));
            }
        }, iter: 500);
}
