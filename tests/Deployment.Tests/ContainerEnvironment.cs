using System.Text.RegularExpressions;
using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The environment the kubelet gives a container: <c>envFrom</c> sources in order (ConfigMaps of the rendered overlay,
/// with their generated names, and Secrets), then <c>env</c> entries in order, each overriding what came before, with
/// <c>$(NAME)</c> references expanded. A missing source or key that is not <c>optional</c> fails, as the pod would
/// (CreateContainerConfigError).
/// </summary>
public static partial class ContainerEnvironment
{
    public static Dictionary<string, string> Of(Overlay overlay, V1Container container, TestSecrets secrets, string what)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in container.EnvFrom ?? [])
        {
            var (kind, name, optional) = source switch
            {
                { ConfigMapRef: { } c } => ("ConfigMap", c.Name, c.Optional == true),
                { SecretRef: { } s } => ("Secret", s.Name, s.Optional == true),
                _ => throw new NotSupportedException($"{what}: an envFrom source that is neither a ConfigMap nor a Secret."),
            };
            var data = kind == "ConfigMap" ? ConfigMapData(overlay, name) : secrets.Secret(name);
            if (data is null && !optional) throw new InvalidOperationException($"{what}: {kind} {name} does not exist; the pod would not start.");
            foreach (var (key, value) in data ?? new Dictionary<string, string>()) environment[source.Prefix + key] = value;
        }
        foreach (var variable in container.Env ?? [])
        {
            var value = variable.ValueFrom switch
            {
                null => Expand(variable.Value ?? "", environment),
                { ConfigMapKeyRef: { } r } => Key("ConfigMap", r.Name, r.Key, r.Optional == true, ConfigMapData(overlay, r.Name), what),
                { SecretKeyRef: { } r } => Key("Secret", r.Name, r.Key, r.Optional == true, secrets.Secret(r.Name), what),
                _ => throw new NotSupportedException($"{what}: {variable.Name} comes from a field or resource reference; add it here when a manifest needs one."),
            };
            if (value is not null) environment[variable.Name] = value;
        }
        return environment;
    }

    private static IReadOnlyDictionary<string, string>? ConfigMapData(Overlay overlay, string name) =>
        overlay.All<V1ConfigMap>().SingleOrDefault(c => c.Metadata.Name == name) is { } map ? map.Data?.AsReadOnly() ?? new Dictionary<string, string>().AsReadOnly() : null;

    private static string? Key(string kind, string name, string key, bool optional, IReadOnlyDictionary<string, string>? data, string what) =>
        data?.GetValueOrDefault(key) ?? (optional ? null : throw new InvalidOperationException($"{what}: {kind} {name} has no key {key}; the pod would not start."));

    /// <summary><c>$(NAME)</c> becomes the value defined before, <c>$$</c> a literal <c>$</c>; an unknown reference stays as written.</summary>
    private static string Expand(string value, Dictionary<string, string> defined) =>
        Reference().Replace(value, m => m.Value == "$$" ? "$" : defined.GetValueOrDefault(m.Groups[1].Value, m.Value));

    [GeneratedRegex(@"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")]
    private static partial Regex Reference();
}
