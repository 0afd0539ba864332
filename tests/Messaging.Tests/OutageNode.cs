using System.Diagnostics;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>
/// A second RabbitMQ node of our own (scripts/infra.sh rabbit-node), so a test can really stop a
/// broker while other test projects keep using the shared one on 5672.
/// </summary>
public sealed class OutageNode(string name, int port)
{
    public string Uri => $"amqp://guest:guest@localhost:{port}";

    public Task Start() => Infra("start", name, port.ToString());

    public Task Stop() => Infra("stop", name);

    private static async Task Infra(params string[] args)
    {
        var start = new ProcessStartInfo("bash", ["scripts/infra.sh", "rabbit-node", .. args])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"infra.sh rabbit-node {string.Join(' ', args)} failed: {await output}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "infra.sh")))
                return dir.FullName;
        throw new InvalidOperationException("scripts/infra.sh not found above the test binaries.");
    }
}
