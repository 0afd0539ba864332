namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>Outside Development nothing of the service is anonymous but its health.</summary>
public sealed class AnonymousAccessTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task Only_health_answers_without_a_token() =>
        Assert.Equal(["/health/live", "/health/ready"], await host.AnonymousRoutesAsync());
}
