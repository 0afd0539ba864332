using GutAusgestattet.Contracts.V1;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// Versions of one area, published at once in shuffled order, are consumed concurrently: two consumers may read the same
/// older row, and the older name must still never land last (the areas answers may name, and their names on the form).
/// A race, so several rounds make a lost update likely if the writes are not conditional.
/// </summary>
public sealed class ConcurrentAreaVersionsTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private const int Versions = 20;
    private const int Rounds = 5;

    [Fact]
    public async Task The_newest_area_version_stays_however_the_older_ones_arrive_and_at_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var tenant = SurveysHost.NewTenant();
            await host.PublishShuffledAsync(tenant, Enumerable.Range(1, Versions).Select(v => v == 1
                ? (object)new AreaDefined(tenant.Value, "mitte", v, new AreaState($"Mitte {v}", 49.45, 11.07))
                : new AreaChanged(tenant.Value, "mitte", v, new AreaState($"Mitte {v}", 49.45, 11.07))));

            var area = await host.InTenant(tenant, db => db.Areas.SingleAsync());
            Assert.Equal((Versions, $"Mitte {Versions}"), (area.Version, area.Name));
        }
    }
}
