using GutAusgestattet.Gaps.GapDetection;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class ImportSettlingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(1);

    private static ImportArrival Import(string tenant, int counted, int? expected, double secondsAgo = 1) =>
        new(tenant, Guid.NewGuid(), counted, expected, Now.AddSeconds(-secondsAgo));

    [Theory]
    [InlineData(44, 45, true)]   // one offer event still on its way
    [InlineData(45, null, true)] // the closing event still on its way
    [InlineData(0, 45, true)]    // the closing event came first
    [InlineData(45, 45, false)]  // complete
    public void A_tenant_is_held_until_its_import_has_arrived_whole(int counted, int? expected, bool held)
    {
        var import = Import("09564000", counted, expected);

        var (heldTenants, done) = ImportSettling.Decide([import], Now, StalledAfter);

        Assert.Equal(held, heldTenants.Contains("09564000"));
        Assert.Equal(!held, done.Contains(import));
    }

    [Fact]
    public void An_import_without_progress_for_the_stall_time_holds_nothing_and_is_done_with()
    {
        var stalled = Import("09564000", 44, 45, secondsAgo: 61);

        var (held, done) = ImportSettling.Decide([stalled], Now, StalledAfter);

        Assert.Empty(held);
        Assert.Equal([stalled], done);
    }

    [Fact]
    public void One_tenants_import_holds_only_that_tenant()
    {
        var (held, _) = ImportSettling.Decide([Import("09564000", 3, null), Import("05315000", 2, 2)], Now, StalledAfter);

        Assert.Equal(["09564000"], held);
    }
}
