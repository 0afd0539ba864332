using System.Text.Json;

namespace GutAusgestattet.Tooling;

/// <summary>
/// The signing key the AppHost hands to every service when started for development (./run.sh):
/// the parameter <c>jwt-signing-key</c> in src/AppHost/appsettings.Development.json. Compiled into
/// the tools that mint tokens for such a platform (DevTokens, the submission bench), so there is
/// one place that knows where it lives.
/// </summary>
internal static class AppHostSettings
{
    /// <summary>Null when no Platform.sln is found above the running program (a copied binary).</summary>
    public static string? DevelopmentSigningKey()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) dir = dir.Parent;
        if (dir is null) return null;
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "src/AppHost/appsettings.Development.json")));
        return settings.RootElement.GetProperty("Parameters").GetProperty("jwt-signing-key").GetString();
    }
}
