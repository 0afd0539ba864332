using System.Text.Json;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The Secrets a cluster would hold, by name and key, read from smoke-secrets.json: test values for local processes,
/// not real secrets (the repository never holds those; see the file's header).
/// </summary>
public sealed class TestSecrets(IReadOnlyDictionary<string, Dictionary<string, string>> secrets)
{
    public static TestSecrets Load() =>
        new(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(
            File.ReadAllText(Repository.Path("tests", "Deployment.Tests", "smoke-secrets.json")),
            new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip })!);

    public IReadOnlyDictionary<string, string>? Secret(string name) => secrets.GetValueOrDefault(name);
}
