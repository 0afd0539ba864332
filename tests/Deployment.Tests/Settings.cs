using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>One configuration value a container gets: a literal (env value or ConfigMap entry) or a Secret reference.</summary>
public sealed record Setting(string Name, string? Value, string? Secret)
{
    /// <summary>The configuration key: case-insensitive, <c>__</c> for <c>:</c>.</summary>
    public static string Key(string name) => name.Replace("__", ":").ToLowerInvariant();
}

public static class Settings
{
    /// <summary>Everything a container's configuration gets from the manifests, by normalised key; env wins over envFrom.</summary>
    public static IReadOnlyDictionary<string, Setting> Of(Overlay overlay, V1Container container)
    {
        var settings = new Dictionary<string, Setting>();
        foreach (var source in container.EnvFrom ?? [])
            if (source.ConfigMapRef is { } reference)
                foreach (var (name, value) in overlay.ConfigMap(reference.Name).Data ?? new Dictionary<string, string>())
                    settings[Setting.Key(name)] = new Setting(name, value, null);
        foreach (var env in container.Env ?? [])
            settings[Setting.Key(env.Name)] = new Setting(env.Name, env.Value, env.ValueFrom?.SecretKeyRef?.Name);
        return settings;
    }
}
