using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Messaging;
using GutAusgestattet.ServiceHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.Messaging.Tests;

public sealed class RegistrationTests(BusOutboxFixture fixture) : IClassFixture<BusOutboxFixture>
{
    [Fact]
    public void Missing_connection_string_fails_fast_naming_the_variable_to_set()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        // The test run exports the real connection string; this host must be without it.
        builder.Configuration["ConnectionStrings:messaging"] = "";

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddPlatformMessaging<TestDbContext>(_ => { }));

        Assert.Contains("ConnectionStrings__messaging", error.Message);
    }

    [Fact]
    public async Task Bus_health_check_is_tagged_ready_and_healthy_once_started()
    {
        var health = fixture.Host.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Contains(MessagingExtensions.ConnectionName, report.Entries.Keys);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }
}

public sealed class QueueTypeTests
{
    [Theory]
    [InlineData(true, "quorum")]
    [InlineData(false, "classic")]
    public async Task Messaging_QuorumQueues_declares_the_service_queues_as_quorum_queues(bool quorum, string type)
    {
        await using var host = await MessagingHost.StartAsync(bus => bus.AddConsumer<NoteCreatedConsumer>(),
            settings: new Dictionary<string, string?> { ["Messaging:QuorumQueues"] = quorum.ToString() });

        using var admin = VirtualHosts.Admin();
        var queue = await admin.GetFromJsonAsync<JsonElement>($"queues/%2F/{host.QueueOf<NoteCreatedConsumer>()}");
        Assert.Equal(type, queue.GetProperty("type").GetString());
    }
}
