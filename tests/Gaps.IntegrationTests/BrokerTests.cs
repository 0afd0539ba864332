using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceHosting;
using Xunit;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// A test run leaves nothing on the shared broker: its queues lived in a virtual host of its own, which goes with the
/// run. Queues of finished runs bound to the shared exchanges without consumers would otherwise keep filling.
/// </summary>
public sealed class BrokerTests
{
    [Fact]
    public async Task A_service_hosted_for_a_test_declares_its_queues_in_its_own_virtual_host_and_takes_it_along_when_it_stops()
    {
        using var admin = VirtualHosts.Admin();
        var host = new GapsHost();
        await host.InitializeAsync();
        _ = host.Services; // starts the service; its bus declares the consumers' queues

        var queues = await Eventually(() => Queues(admin, host.VirtualHost), q => q.Any(name => name.StartsWith(host.ServiceName, StringComparison.Ordinal)));
        Assert.Contains(queues, name => name.StartsWith(host.ServiceName, StringComparison.Ordinal));
        Assert.DoesNotContain(await Queues(admin, "/"), name => name.StartsWith(host.ServiceName, StringComparison.Ordinal));

        await ((IAsyncLifetime)host).DisposeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"vhosts/{host.VirtualHost}")).StatusCode);
    }

    private static async Task<List<string>> Queues(HttpClient admin, string virtualHost) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"queues/{Uri.EscapeDataString(virtualHost)}")).EnumerateArray().Select(q => q.GetProperty("name").GetString()!)];

    private static async Task<T> Eventually<T>(Func<Task<T>> observe, Func<T, bool> done)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(250))
        {
            var seen = await observe();
            if (done(seen) || DateTime.UtcNow > deadline) return seen;
        }
    }
}
