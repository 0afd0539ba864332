using System.Text.Json.Nodes;
using GutAusgestattet.Contracts.Catalogue;

namespace GutAusgestattet.Contracts.Tests;

/// <summary>The generated document and where its checked-in copy lives, shared by the tests.</summary>
internal static class CatalogueDocument
{
    public const string RegenerateHint =
        "Regenerate it with `UPDATE_ASYNCAPI=1 dotnet test tests/Contracts.Tests`, review the diff and commit src/Contracts/asyncapi.json.";

    static readonly Lazy<string> Text = new(AsyncApiDocument.Generate);

    public static string Generated => Text.Value;

    public static JsonObject Document => JsonNode.Parse(Generated)!.AsObject();

    public static string CheckedInPath => Path.Combine(RepositoryRoot(), "src", "Contracts", "asyncapi.json");

    // Resolves a "#/a/b" reference inside the document; null when it points nowhere.
    public static JsonNode? Resolve(JsonObject document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
            return null;

        JsonNode? node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            var key = segment.Replace("~1", "/").Replace("~0", "~");
            node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null;
        }

        return node;
    }

    public static JsonObject Follow(JsonObject document, JsonNode? maybeRef)
    {
        var reference = maybeRef?["$ref"]?.GetValue<string>();
        Assert.False(reference is null, $"expected a $ref, got {maybeRef?.ToJsonString()}");
        var target = Resolve(document, reference!);
        Assert.False(target is null, $"{reference} points nowhere");
        return target!.AsObject();
    }

    // The test binaries sit under tests/Contracts.Tests/bin/...; the solution file marks the root.
    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Platform.sln not found above {AppContext.BaseDirectory}.");
    }
}
