using GutAusgestattet.ServiceHosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Gaps with one quick retry and one quick redelivery, so that a poison message reaches the <c>_error</c> queue within a
/// test, and its log kept.
/// </summary>
public sealed class QuickRedeliveryGapsHost : GapsHost
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:RetryIntervals:0", "00:00:00.050");
        builder.UseSetting("Messaging:RedeliveryDelays:0", "00:00:00.200");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Warning));
    }
}
