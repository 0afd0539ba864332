using System.Text.RegularExpressions;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The configuration the code reads and requires, found by reading src/ — so that the manifests are checked against the
/// code as it is, not against a list that drifts from it.
/// </summary>
public static partial class CodeSettings
{
    /// <summary>
    /// Each deployable's project by its name in the manifests — its image's name without "-service"; the shared
    /// libraries (ServiceDefaults, Persistence, Messaging, DesignSystem …) count for all of them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Projects = Deployables.ExpectedRepositories
        .ToDictionary(image => image.Value.Split('/')[^1].Replace("-service", "", StringComparison.Ordinal), image => image.Key);

    private static readonly string[] SharedProjects = ["ServiceDefaults", "Persistence", "Messaging", "DevelopmentTokens", "DesignSystem", "Contracts"];

    /// <summary>Read by the .NET host and OpenTelemetry themselves, not by our code.</summary>
    private static readonly string[] FrameworkKeys = ["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "OTEL_SERVICE_NAME", "AllowedHosts"];

    /// <summary>The text of every C# file of a project (migrations and build output left out), by repository path.</summary>
    public static IReadOnlyDictionary<string, string> Sources(params string[] projects) =>
        projects.SelectMany(project => Directory.EnumerateFiles(Repository.Path("src", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Migrations"))
            .ToDictionary(file => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'), File.ReadAllText);

    public static IReadOnlyDictionary<string, string> SourcesOf(string deployable) => Sources([Projects[deployable], .. SharedProjects]);

    /// <summary>The project's own code only: what it calls decides what it requires.</summary>
    public static string OwnCode(string deployable) => string.Join("\n", Sources(Projects[deployable]).Values);

    /// <summary>Every configuration key a deployable's code can read, normalised (case-insensitive, ':' for '__').</summary>
    public static ISet<string> KnownKeys(string deployable)
    {
        var sources = SourcesOf(deployable);
        var code = string.Join("\n", sources.Values);
        var keys = new HashSet<string>(FrameworkKeys.Select(Setting.Key));
        foreach (Match literal in KeyLiteral().Matches(code)) keys.Add(Setting.Key(literal.Groups["key"].Value));
        foreach (Match literal in OtelLiteral().Matches(code)) keys.Add(Setting.Key(literal.Groups["key"].Value));
        foreach (var (section, type) in BoundSections(code))
            foreach (var property in Properties(code, type, section)) keys.Add(Setting.Key(property));
        foreach (var requirement in Requirements.For(deployable, production: true).Concat(Requirements.For(deployable, production: false)))
            keys.Add(Setting.Key(requirement.Key));
        return keys;
    }

    /// <summary>Whether a key is known, allowing the indexes of array sections (ForwardedHeaders:KnownNetworks:0).</summary>
    public static bool IsKnown(ISet<string> known, string key) =>
        known.Contains(key) || (ArrayIndex().Match(key) is { Success: true } index && known.Contains(index.Groups["section"].Value));

    /// <summary>Options classes bound from their section: <c>.Get&lt;X&gt;()</c> of a class with a <c>Section</c> constant.</summary>
    private static IEnumerable<(string Section, string Type)> BoundSections(string code) =>
        BindCall().Matches(code).Select(m => m.Groups["type"].Value).Distinct()
            .Select(type => (Section: SectionConstant(code, type), type))
            .Where(bound => bound.Section is not null)
            .Select(bound => (bound.Section!, bound.type));

    private static string? SectionConstant(string code, string type) =>
        Regex.Match(code, $@"class {type}\b[^{{]*\{{(?:(?!\bclass\b)[\s\S])*?const string Section = ""(?<section>[^""]+)""") is { Success: true } m
            ? m.Groups["section"].Value
            : null;

    /// <summary>The settable properties of an options class, by section path; class-typed ones recursively.</summary>
    private static IEnumerable<string> Properties(string code, string type, string path)
    {
        var body = Regex.Match(code, $@"class {type}\b[^{{]*\{{(?<body>(?:(?!\n\}})[\s\S])*)\n\}}");
        if (!body.Success) throw new InvalidOperationException($"Options class {type} not found.");
        foreach (Match property in SettableProperty().Matches(body.Groups["body"].Value))
        {
            var propertyType = property.Groups["type"].Value.TrimEnd('?');
            var key = $"{path}:{property.Groups["name"].Value}";
            yield return key;
            if (Regex.IsMatch(propertyType, @"^\w+$") && Regex.IsMatch(code, $@"class {propertyType}\b"))
                foreach (var nested in Properties(code, propertyType, key)) yield return nested;
        }
    }

    /// <summary>
    /// Lines where the code insists on a setting: connection strings, required sections and values, a configuration read
    /// with <c>?? throw</c>, <c>[Required]</c> options, and refusals that tell to set a key. Each must be explained by a
    /// <see cref="Requirements"/> rule, so a new one fails the tests until the rule (and the manifests) know it.
    /// </summary>
    public static IEnumerable<(string File, int Line, string Text)> RequiringLines()
    {
        foreach (var (file, text) in Sources([.. Projects.Values, .. SharedProjects]))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var window = string.Join("\n", lines[Math.Max(0, i - 2)..Math.Min(lines.Length, i + 3)]);
                var requires = line.Contains("GetConnectionString(") || line.Contains("GetRequiredSection(") || line.Contains("GetRequiredValue")
                    || RequiredAttribute().IsMatch(line)
                    || (line.Contains("?? throw") && window.Contains("onfiguration"))
                    || (ThrowOrRefusal().IsMatch(line) && SetAKey().IsMatch(window));
                if (requires) yield return (file, i + 1, line.Trim());
            }
        }
    }

    [GeneratedRegex(@"""(?<key>[A-Z][A-Za-z]+(?::[A-Z][A-Za-z0-9]*)+)""")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex(@"""(?<key>OTEL_[A-Z_]+)""")]
    private static partial Regex OtelLiteral();

    [GeneratedRegex(@"\.Get<(?<type>\w+)>\(\)")]
    private static partial Regex BindCall();

    [GeneratedRegex(@"public (?<type>[\w<>\[\]?]+) (?<name>\w+) \{ get; set; \}")]
    private static partial Regex SettableProperty();

    [GeneratedRegex(@"^(?<section>.+):\d+$")]
    private static partial Regex ArrayIndex();

    [GeneratedRegex(@"\[Required\b")]
    private static partial Regex RequiredAttribute();

    [GeneratedRegex(@"throw new \w*Exception\(|return \$?""|problems\.Add\(")]
    private static partial Regex ThrowOrRefusal();

    [GeneratedRegex(@"[Ss]et (?:ConnectionStrings__|[A-Z]\w*:\w)")]
    private static partial Regex SetAKey();
}
