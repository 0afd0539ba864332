using System.Text.RegularExpressions;
using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// Every Deployment of the rendered development overlay as a local process of its published deployable, after its
/// migration Job ran the same way, each with the environment the kubelet would give its container (see
/// <see cref="ContainerEnvironment"/>). Only what cannot be the same off the cluster is changed, each in
/// <see cref="Environment"/> with the reason. Ready when every startup and readiness probe of the manifests answers.
/// </summary>
public sealed partial class SmokePlatform : IAsyncDisposable
{
    public const string OverlayName = "development";

    /// <summary>What the image sets before the manifests (see ContainerSettingsTests and the aspnet base image).</summary>
    private static readonly Dictionary<string, string> ImageEnvironment = new()
    {
        ["ASPNETCORE_HTTP_PORTS"] = Deployables.Port,
        ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
        ["APP_UID"] = Deployables.User,
    };

    private readonly Overlay _overlay = Overlay.Get(OverlayName);
    private readonly TestSecrets _secrets = TestSecrets.Load();
    private readonly string _directory = Directory.CreateTempSubdirectory("gut-ausgestattet-smoke-").FullName;
    private readonly Dictionary<string, int> _ports;
    private readonly List<ProgramProcess> _running = [];
    private readonly RunIsolation _isolation;

    private SmokePlatform(RunIsolation isolation)
    {
        _isolation = isolation;
        _ports = _overlay.Deployments.ToDictionary(d => d.Metadata.Name, _ => ProgramProcess.FreePort());
    }

    /// <summary>The environment each Deployment's process got, by Deployment name.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>> Environments { get; } = [];

    public Uri Address(string deployment) => new($"http://127.0.0.1:{_ports[deployment]}");

    public static async Task<SmokePlatform> StartAsync(Publications published)
    {
        var platform = new SmokePlatform(await RunIsolation.CreateAsync());
        try
        {
            await platform.MigrateAsync(published);
            await platform.RunDeploymentsAsync(published);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>Each migration Job, as the release applies it before the Deployments: its database and roles first.</summary>
    private async Task MigrateAsync(Publications published)
    {
        var jobs = new List<Task>();
        foreach (var job in _overlay.All<V1Job>())
        {
            var what = $"Job {job.Metadata.Name}";
            var container = Assert.Single(job.Spec.Template.Spec.Containers);
            var deployment = _overlay.Deployments.Single(d => d.Spec.Template.Spec.Containers.Any(c => c.Image == container.Image));
            var environment = Environment(what, container, ProgramProcess.FreePort());
            var served = Environment(deployment.Metadata.Name, deployment.Spec.Template.Spec.Containers.Single(), _ports[deployment.Metadata.Name]);
            foreach (var (name, value) in environment.Where(e => e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && !e.Value.StartsWith("amqp", StringComparison.Ordinal)))
                await _isolation.CreateDatabaseAsync(value, served.GetValueOrDefault(name) ?? throw new InvalidOperationException($"{what} migrates {name}, which Deployment {deployment.Metadata.Name} does not use."));
            var publication = await Published(published, container);
            jobs.Add(RunJobAsync(new ProgramProcess(what, publication.EntryAssembly, publication.Directory, Arguments(container), environment, onlyTheseVariables: true),
                TimeSpan.FromSeconds(job.Spec.ActiveDeadlineSeconds ?? 600)));
        }
        await Task.WhenAll(jobs);
    }

    /// <summary>Every Deployment at once, as a rollout starts them; then each probe as the kubelet runs it.</summary>
    private async Task RunDeploymentsAsync(Publications published)
    {
        var probing = new List<Task>();
        foreach (var deployment in _overlay.Deployments)
        {
            var name = deployment.Metadata.Name;
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            await CreateBrokerUsersAsync(name, container);
            var environment = Environment(name, container, _ports[name]);
            Environments[name] = environment;
            var publication = await Published(published, container);
            var process = new ProgramProcess($"Deployment {name}", publication.EntryAssembly, publication.Directory, Arguments(container), environment, onlyTheseVariables: true);
            _running.Add(process);
            probing.Add(Probes.WaitUntilReadyAsync(process, container, Address(name)));
        }
        await Task.WhenAll(probing);
    }

    /// <summary>The broker users the container's secrets name, with the permissions the operators overlay gives them.</summary>
    private async Task CreateBrokerUsersAsync(string what, V1Container container)
    {
        foreach (var broker in ContainerEnvironment.Of(_overlay, container, _secrets, what).Values.Where(v => v.StartsWith("amqp", StringComparison.Ordinal)))
            await _isolation.CreateBrokerUserAsync(broker);
    }

    private static async Task RunJobAsync(ProgramProcess job, TimeSpan deadline)
    {
        await using (job) await job.RunToEndAsync(deadline);
    }

    private static async Task<Publication> Published(Publications published, V1Container container)
    {
        var publication = await published.Of(Deployables.ForImage(container.Image));
        Assert.True(publication.Result.ExitCode == 0, publication.Result.ToString());
        return publication;
    }

    /// <summary>The image's entrypoint is <c>dotnet /app/&lt;Name&gt;.dll</c>; a manifest may add arguments, not replace it.</summary>
    private static IList<string> Arguments(V1Container container)
    {
        Assert.True(container.Command is null, $"{container.Name}: a command replaces the image's entrypoint.");
        return container.Args ?? [];
    }

    /// <summary>The container's environment, and the few changes a process on this machine needs instead of a pod.</summary>
    private Dictionary<string, string> Environment(string what, V1Container container, int port)
    {
        var environment = new Dictionary<string, string>(ImageEnvironment);
        foreach (var (name, value) in ContainerEnvironment.Of(_overlay, container, _secrets, what)) environment[name] = value;

        // A pod has its own network namespace; here every process needs its own port. It must be the port the probes
        // and the Service reach, or the pod would never be ready.
        var http = container.Ports?.SingleOrDefault(p => p.Name == "http")?.ContainerPort;
        if (http is not null)
            Assert.True(environment["ASPNETCORE_HTTP_PORTS"] == http.ToString(), $"{what} listens on {environment["ASPNETCORE_HTTP_PORTS"]}, its port http is {http}.");
        environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The secrets point at the local PostgreSQL and RabbitMQ; per-run databases, roles and virtual host keep runs apart.
        foreach (var name in environment.Keys.ToList()) environment[name] = _isolation.Localize(name, environment[name]);

        // A Service's DNS name is the local process of the Deployment it selects.
        foreach (var name in environment.Keys.Where(k => ServiceEndpoint().IsMatch(k)).ToList())
            environment[name] = LocalService(what, environment[name]);

        // Volumes are local directories; settings pointing into them follow. /tmp is where .NET's temp path is.
        foreach (var mount in container.VolumeMounts ?? [])
        {
            var local = Directory.CreateDirectory(Path.Combine(_directory, what, mount.MountPath.Trim('/'))).FullName;
            foreach (var name in environment.Keys.ToList())
                if (environment[name] == mount.MountPath || environment[name].StartsWith(mount.MountPath + "/", StringComparison.Ordinal))
                    environment[name] = local + environment[name][mount.MountPath.Length..];
            if (mount.MountPath == "/tmp") environment["TMPDIR"] = local;
        }
        // The root filesystem is read-only: a directory setting outside every volume could not be written in the pod.
        var unwritable = environment.Where(e => e.Key.EndsWith("Directory", StringComparison.OrdinalIgnoreCase) && !e.Value.StartsWith(_directory, StringComparison.Ordinal)).ToList();
        Assert.True(unwritable.Count == 0, $"{what}: {string.Join(", ", unwritable)} is on the read-only root filesystem.");

        // HOME is /home/app in the image, on the read-only root filesystem; here a local one, so nothing lands in the
        // test host's. (The services' DataProtection writes a key ring there; in the pod it falls back to keys in memory.)
        environment["HOME"] = Directory.CreateDirectory(Path.Combine(_directory, what, "home")).FullName;
        return environment;
    }

    private string LocalService(string what, string address)
    {
        var uri = new Uri(address);
        var service = _overlay.All<V1Service>().SingleOrDefault(s => s.Metadata.Name == uri.Host)
            ?? throw new InvalidOperationException($"{what} calls {address}: no Service {uri.Host}.");
        var port = service.Spec.Ports.SingleOrDefault(p => p.Port == uri.Port)
            ?? throw new InvalidOperationException($"{what} calls {address}: Service {uri.Host} has no port {uri.Port}.");
        var target = Assert.Single(_overlay.Deployments, d => service.Spec.Selector.All(s => d.Spec.Template.Metadata.Labels.TryGetValue(s.Key, out var v) && v == s.Value));
        Assert.Contains(target.Spec.Template.Spec.Containers.Single().Ports, p => p.Name == port.TargetPort.Value || p.ContainerPort.ToString() == port.TargetPort.Value);
        return Address(target.Metadata.Name).ToString().TrimEnd('/');
    }

    /// <summary>The last lines of every running process, to say why a step failed.</summary>
    public string Output => string.Join("\n\n", _running.Select(p => $"== {p.Name}\n{p.Output}"));

    [GeneratedRegex(@"^services__.+__.+__\d+$")]
    private static partial Regex ServiceEndpoint();

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_running.Select(p => p.DisposeAsync().AsTask()));
        await _isolation.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
