using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class RetiredDemandTests
{
    private static DemandRecord Item(Guid response, int persons, int fromHour = 6, string area = "a", string language = "de", double weight = 2) => new()
    {
        DemandId = Guid.NewGuid(), TenantId = "09162000", ResponseId = response, SurveyId = Guid.Empty, HouseholdType = "incoming", Category = "kita",
        AreaCode = area, Persons = persons, Weight = weight, Windows = [new DemandWindow(DayOfWeek.Monday, fromHour * 60, 9 * 60, false)],
        Languages = [language],
    };

    [Fact]
    public void Items_alike_in_everything_the_engine_reads_become_one_total_under_ids_of_no_household()
    {
        Guid r1 = Guid.NewGuid(), r2 = Guid.NewGuid(), r3 = Guid.NewGuid();
        DemandRecord[] retired = [Item(r1, 2), Item(r2, 1), Item(r3, 1, fromHour: 7), Item(r3, 1, area: "b"), Item(r3, 1, language: "tr"), Item(r3, 4, weight: 3)];

        var totals = RetiredDemand.Fold(retired);

        Assert.Equal([1, 1, 1, 3, 4], totals.Select(d => d.Persons).Order());
        Assert.Equal(retired.Sum(d => d.Persons * d.Weight), totals.Sum(d => d.Persons * d.Weight));
        Assert.DoesNotContain(totals, d => retired.Any(r => r.ResponseId == d.ResponseId || r.DemandId == d.DemandId));
        Assert.Equal(totals.Count, totals.Select(d => d.ResponseId).Distinct().Count());
        var total = Assert.Single(totals, d => d.Persons == 3);
        // The total stands for both answers, so a gap's count of responses stays what it was; a total folded again keeps its count.
        Assert.Equal(2, total.Responses);
        Assert.Equal(3, Assert.Single(RetiredDemand.Fold([total, Item(Guid.NewGuid(), 1)])).Responses);
        Assert.Equal(retired[0].Windows, total.Windows);
        Assert.Equal(["de"], total.Languages);
    }

    [Fact]
    public void Unweighted_answers_are_folded_apart_from_weighted_ones_and_stay_unweighted()
    {
        // Both weigh 1: one because its stratum's count equals its answers, one because no count is known.
        var alone = Item(Guid.NewGuid(), 1, weight: 1);
        alone.Unweighted = true;
        DemandRecord[] retired = [Item(Guid.NewGuid(), 1, weight: 1), alone];

        var totals = RetiredDemand.Fold(retired);

        Assert.Equal([false, true], totals.Select(d => d.Unweighted).Order());
    }
}
