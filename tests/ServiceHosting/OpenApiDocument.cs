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

    /// <summary>
    /// The document is the endpoint reference (issue 20): every operation has a summary, and every property of a
    /// request body's schema — nested objects too — a description. Fails naming each one missing, so the XML doc to
    /// write is obvious. <paramref name="excluded"/> names operations left out, each with the reason.
    /// </summary>
    public void AssertDocumented(IReadOnlyDictionary<string, string>? excluded = null)
    {
        excluded ??= new Dictionary<string, string>();
        Assert.NotEmpty(Operations);
        var unknown = excluded.Keys.Where(o => !Operations.Contains(o)).ToList();
        Assert.True(unknown.Count == 0, $"Excluded but not in the document: {string.Join(", ", unknown)}");
        var missing = new List<string>();
        var checkedSchemas = new HashSet<string>();
        foreach (var operation in Operations.Where(o => !excluded.ContainsKey(o)))
        {
            var item = Operation(operation);
            if (!item.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                missing.Add($"{operation}: no summary");
            if (item.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                foreach (var mediaType in content.EnumerateObject())
                    if (mediaType.Value.TryGetProperty("schema", out var schema))
                        CheckProperties(schema, $"{operation} request body", missing, checkedSchemas);
        }
        Assert.True(missing.Count == 0, $"Undocumented in {Path} ({missing.Count}):\n" + string.Join("\n", missing));
    }

    /// <summary>Each property of <paramref name="schema"/> needs a description; referenced schemas are checked once.</summary>
    private void CheckProperties(JsonElement schema, string where, List<string> missing, HashSet<string> checkedSchemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (!checkedSchemas.Add(name)) return;
            if (root.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var target))
                CheckProperties(target, $"schema {name}", missing, checkedSchemas);
            return;
        }
        if (schema.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject())
            {
                if (!HasDescription(property.Value)) missing.Add($"{where}: property {property.Name} has no description");
                CheckProperties(property.Value, where, missing, checkedSchemas);
            }
        // Nested objects hide behind arrays, dictionaries and the nullable wrappers (oneOf with null).
        if (schema.TryGetProperty("items", out var items)) CheckProperties(items, where, missing, checkedSchemas);
        if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
            CheckProperties(values, where, missing, checkedSchemas);
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(combinator, out var alternatives))
                foreach (var alternative in alternatives.EnumerateArray()) CheckProperties(alternative, where, missing, checkedSchemas);
    }

    /// <summary>A nullable reference property carries its description on the reference inside <c>oneOf</c>, next to the null.</summary>
    private static bool HasDescription(JsonElement property) =>
        (property.TryGetProperty("description", out var description) && !string.IsNullOrWhiteSpace(description.GetString()))
        || (property.TryGetProperty("oneOf", out var alternatives) && alternatives.EnumerateArray().Any(HasDescription));
}
