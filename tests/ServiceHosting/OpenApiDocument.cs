using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace GutAusgestattet.ServiceHosting;

/// <summary>
/// A service's OpenAPI document (/openapi/v1.json) as other teams read it: which media types an operation answers
/// with, whether it needs the bearer token, and which headers it documents.
/// </summary>
public sealed class OpenApiDocument(JsonElement root)
{
    public const string Path = "/openapi/v1.json";

    public static async Task<OpenApiDocument> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync(Path);
        Assert.True(response.IsSuccessStatusCode, $"{Path}: {(int)response.StatusCode}");
        return new OpenApiDocument(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Every operation as "GET /path".</summary>
    public IEnumerable<string> Operations =>
        root.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"));

    public JsonElement Operation(string operation)
    {
        var (method, path) = (operation[..operation.IndexOf(' ')].ToLowerInvariant(), operation[(operation.IndexOf(' ') + 1)..]);
        var found = root.GetProperty("paths").TryGetProperty(path, out var item) && item.TryGetProperty(method, out var operationItem) ? operationItem : (JsonElement?)null;
        Assert.True(found.HasValue, $"{operation} is not in the document: {string.Join(", ", Operations)}");
        return found.Value;
    }

    /// <summary>The media types of an operation's response with <paramref name="status"/>.</summary>
    public IReadOnlyList<string> MediaTypes(string operation, string status = "200") =>
        Operation(operation).GetProperty("responses").TryGetProperty(status, out var response) && response.TryGetProperty("content", out var content)
            ? [.. content.EnumerateObject().Select(c => c.Name)]
            : [];

    /// <summary>Whether a caller needs no token: the operation's own, empty security list overrides the document's.</summary>
    public bool IsAnonymous(string operation) =>
        Operation(operation).TryGetProperty("security", out var security) && security.GetArrayLength() == 0;

    /// <summary>Whether the operation falls under the document's bearer requirement.</summary>
    public bool NeedsBearer(string operation) =>
        !Operation(operation).TryGetProperty("security", out _)
        && root.GetProperty("security").EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));

    /// <summary>Every operation needs the bearer token but those <paramref name="isPublic"/> picks, which need none.</summary>
    public void AssertTokenNeededBut(Func<string, bool> isPublic)
    {
        Assert.NotEmpty(Operations);
        Assert.All(Operations, o => Assert.True(isPublic(o) ? IsAnonymous(o) : NeedsBearer(o), $"{o} should {(isPublic(o) ? "be anonymous" : "need the bearer token")}"));
    }

    /// <summary>The header parameter <paramref name="name"/> the operation documents, if any.</summary>
    public JsonElement? Header(string operation, string name) =>
        Operation(operation).TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == name)
                .Select(p => (JsonElement?)p).FirstOrDefault()
            : null;
}
