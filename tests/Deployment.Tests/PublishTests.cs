using System.Text.Json;
using System.Text.Json.Nodes;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// `dotnet publish -c Release` of every deployable: what the SDK puts into the image's /app.
///
/// The image itself (`-t:PublishContainer`, also to a tarball with ContainerArchiveOutputPath) is
/// not built here: it starts by pulling the base image's manifest and layers from
/// mcr.microsoft.com, and machines of this kind reach no container registry, so it cannot succeed
/// offline. The image's settings are checked in <see cref="ContainerSettingsTests"/> instead, and
/// the layer the SDK adds is exactly this publish output (docs/images.md).
/// </summary>
[Collection(PublishedCollection.Name)]
public class PublishTests(Publications published)
{
    /// <summary>Names (files or folders) that are for tests, development or the build, never for a running deployable.</summary>
    static readonly string[] ForbiddenPrefixes =
    [
        "appsettings.Development", "launchSettings", "secrets.json", "web.config",
        "package.json", "package-lock.json", "node_modules",
        "Microsoft.Playwright", ".playwright", "playwright", "Deque.AxeCore", "chrome", "chromium",
        "xunit", "testhost", "Microsoft.TestPlatform", "Microsoft.VisualStudio.TestPlatform", "Microsoft.NET.Test.Sdk",
        "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.TestHost", "Microsoft.Extensions.TimeProvider.Testing",
        "CsCheck", "BenchmarkDotNet", "DevTokens", "GutAusgestattet.ServiceHosting",
    ];

    /// <summary>Keys and certificates have no place in an image; they come from Secrets at run time.</summary>
    static readonly string[] ForbiddenExtensions = [".pfx", ".p12", ".key", ".pem", ".snk"];

    [Theory]
    [MemberData(nameof(Deployables.Names), MemberType = typeof(Deployables))]
    public async Task Publishes_the_entry_assembly_and_nothing_for_tests_or_development(string name)
    {
        var (_, output, result) = await published.Of(name);
        Assert.True(result.ExitCode == 0, result.ToString());

        Assert.True(File.Exists(Path.Combine(output, name + ".dll")), $"{name}.dll is missing in {output}.");
        Assert.True(File.Exists(Path.Combine(output, name + ".deps.json")), $"{name}.deps.json is missing.");
        var runtimeConfig = Path.Combine(output, name + ".runtimeconfig.json");
        Assert.True(File.Exists(runtimeConfig), $"{name}.runtimeconfig.json is missing.");
        // Framework-dependent on ASP.NET Core: what the aspnet base image brings.
        var frameworks = JsonNode.Parse(File.ReadAllText(runtimeConfig))!["runtimeOptions"]!["frameworks"]!.AsArray()
            .Select(f => (string?)f!["name"]).ToList();
        Assert.Contains("Microsoft.AspNetCore.App", frameworks);

        var entries = Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(output, p)).ToList();
        var forbidden = entries.Where(entry =>
        {
            var entryName = Path.GetFileName(entry);
            return ForbiddenPrefixes.Any(prefix => entryName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                || entryName.EndsWith(".Tests.dll", StringComparison.OrdinalIgnoreCase)
                || ForbiddenExtensions.Contains(Path.GetExtension(entryName), StringComparer.OrdinalIgnoreCase);
        }).ToList();
        Assert.True(forbidden.Count == 0, $"{name} publishes what belongs to tests or development: {string.Join(", ", forbidden)}");
        // Only Planner.Web's development sign-in (refused outside Development) mints tokens; a service only checks them.
        if (name != "Planner.Web") Assert.DoesNotContain("DevelopmentTokens.dll", entries);

        // The settings that ship must not carry the development key or development sign-in.
        foreach (var settings in Directory.EnumerateFiles(output, "appsettings*.json"))
        {
            var unsafeValues = UnsafeValues(JsonNode.Parse(File.ReadAllText(settings), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }), "").ToList();
            Assert.True(unsafeValues.Count == 0, $"{Path.GetFileName(settings)} of {name} sets {string.Join(", ", unsafeValues)}");
        }
    }

    static IEnumerable<string> UnsafeValues(JsonNode? node, string path)
    {
        if (node is not JsonObject obj) yield break;
        foreach (var (key, value) in obj)
        {
            var at = path.Length == 0 ? key : $"{path}:{key}";
            if (key.Equals("SigningKey", StringComparison.OrdinalIgnoreCase) && value is JsonValue v && v.ToString().Length > 0)
                yield return at;
            else if (key.Equals("DevSignIn", StringComparison.OrdinalIgnoreCase) && value is JsonValue d && d.GetValueKind() == JsonValueKind.True)
                yield return at;
            foreach (var inner in UnsafeValues(value, at)) yield return inner;
        }
    }
}
