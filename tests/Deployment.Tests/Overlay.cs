using System.Collections.Concurrent;
using System.Diagnostics;
using k8s;
using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// One overlay of deploy/kubernetes, rendered by <c>kubectl kustomize</c> as regional IT applies it, every object loaded
/// strictly into the Kubernetes API's own models: an unknown kind or a mistyped field fails the load.
/// </summary>
public sealed class Overlay
{
    public static readonly string[] Names = ["development", "production", "production-operators"];

    public static TheoryData<string> Each => [.. Names];

    private static readonly ConcurrentDictionary<string, Lazy<Overlay>> Rendered = new();

    /// <summary>The operators' custom resources; every other kind must be one KubernetesClient knows.</summary>
    private static readonly Dictionary<string, Type> CustomResources = new()
    {
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CnpgCluster),
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(RabbitmqCluster),
        ["rabbitmq.com/v1beta1/Vhost"] = typeof(RabbitmqVhost),
        ["rabbitmq.com/v1beta1/User"] = typeof(RabbitmqUser),
        ["rabbitmq.com/v1beta1/Permission"] = typeof(RabbitmqPermission),
    };

    private Overlay(string name, string yaml)
    {
        Name = name;
        Yaml = yaml;
        Objects = KubernetesYaml.LoadAllFromString(yaml, CustomResources, strict: true);
    }

    public string Name { get; }

    public string Yaml { get; }

    public IReadOnlyList<object> Objects { get; }

    public static Overlay Get(string name) => Rendered.GetOrAdd(name, n => new Lazy<Overlay>(() => new Overlay(n, Render(n)))).Value;

    /// <summary>Renders an overlay directory; also used on broken copies in the tests that prove the checks fail.</summary>
    public static Overlay FromYaml(string name, string yaml) => new(name, yaml);

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public IEnumerable<V1Deployment> Deployments => All<V1Deployment>();

    public V1ConfigMap ConfigMap(string name) =>
        All<V1ConfigMap>().SingleOrDefault(c => c.Metadata.Name == name)
        ?? throw new InvalidOperationException($"{Name}: no ConfigMap {name}.");

    public static string Render(string overlay) => Kustomize(Repository.Path("deploy", "kubernetes", overlay));

    /// <summary>
    /// The broker permissions a Permission resource of the operators overlay gives <paramref name="user"/>
    /// (or of <paramref name="overlay"/>, e.g. <c>production-operators/outside-listener</c>).
    /// </summary>
    public static BrokerPermissions BrokerPermissionsOf(string user, string overlay = "production-operators")
    {
        var permissions = Get(overlay).All<RabbitmqPermission>().SingleOrDefault(p => p.Spec?.UserReference?.Name == user)?.Spec?.Permissions
            ?? throw new InvalidOperationException($"{overlay}: no Permission for the broker user {user}.");
        return new BrokerPermissions(permissions.Configure!, permissions.Write!, permissions.Read!);
    }

    public static string Kustomize(string directory)
    {
        using var kubectl = Process.Start(new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("kubectl did not start.");
        var output = kubectl.StandardOutput.ReadToEndAsync();
        var error = kubectl.StandardError.ReadToEnd();
        kubectl.WaitForExit();
        return kubectl.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"kubectl kustomize {directory} failed: {error}");
    }
}
