using System.Xml.Linq;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The six projects regional IT runs, with the image repository each one must publish to (the
/// Kubernetes manifests name these). Which projects actually are deployables is read from the
/// repository: those that import <c>src/Deployables.props</c>.
/// </summary>
public static class Deployables
{
    public static readonly IReadOnlyDictionary<string, string> ExpectedRepositories = new Dictionary<string, string>
    {
        ["Surveys.Service"] = "gut-ausgestattet/surveys-service",
        ["Inventory.Service"] = "gut-ausgestattet/inventory-service",
        ["Gaps.Service"] = "gut-ausgestattet/gaps-service",
        ["Partners.Service"] = "gut-ausgestattet/partners-service",
        ["Survey.Web"] = "gut-ausgestattet/survey-web",
        ["Planner.Web"] = "gut-ausgestattet/planner-web",
    };

    /// <summary>Chiseled (no shell, non-root) with ICU and tzdata, which the code needs (see src/Deployables.props).</summary>
    public const string BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra";

    /// <summary>The non-root user of the Microsoft images ("app"), numeric so Kubernetes can verify runAsNonRoot.</summary>
    public const string User = "1654";

    public const string Port = "8080";

    public static string Root => Repository.Root;

    /// <summary>The deployable a manifest's image names, whatever registry and tag an overlay gives it.</summary>
    public static string ForImage(string image)
    {
        var repository = image.LastIndexOf(':') > image.LastIndexOf('/') ? image[..image.LastIndexOf(':')] : image;
        return ExpectedRepositories.SingleOrDefault(r => repository == r.Value || repository.EndsWith("/" + r.Value, StringComparison.Ordinal)).Key
            ?? throw new InvalidOperationException($"The image {image} is none of the deployables' repositories.");
    }

    public static string PropsFile => Path.Combine(Root, "src", "Deployables.props");

    public static string ProjectFile(string name) => Path.Combine(Root, "src", name, name + ".csproj");

    /// <summary>Project names under src/ whose csproj imports src/Deployables.props.</summary>
    public static IReadOnlyList<string> Importing() =>
        SourceProjects().Where(p => Imports(p, PropsFile)).Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList();

    /// <summary>
    /// Projects under src/ that produce something runnable: the web SDK, the worker SDK, or an
    /// executable. The Aspire AppHost orchestrates local runs and is never deployed.
    /// </summary>
    public static IReadOnlyList<string> Runnable() =>
        SourceProjects()
            .Where(p =>
            {
                var project = XDocument.Load(p).Root!;
                var sdk = (string?)project.Attribute("Sdk") ?? "";
                if (sdk.StartsWith("Aspire.AppHost.Sdk", StringComparison.Ordinal)) return false;
                var outputType = project.Descendants("OutputType").Select(e => e.Value.Trim()).LastOrDefault();
                return sdk is "Microsoft.NET.Sdk.Web" or "Microsoft.NET.Sdk.Worker"
                    || string.Equals(outputType, "Exe", StringComparison.OrdinalIgnoreCase);
            })
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList();

    /// <summary>The release version in Directory.Build.props: the default image tag.</summary>
    public static string RepositoryVersion() =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").Single().Value.Trim();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in ExpectedRepositories.Keys.Order()) data.Add(name);
        return data;
    }

    static IEnumerable<string> SourceProjects() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"));

    static bool Imports(string projectFile, string propsFile)
    {
        var directory = Path.GetDirectoryName(projectFile)!;
        return XDocument.Load(projectFile).Descendants("Import")
            .Select(i => (string?)i.Attribute("Project"))
            .OfType<string>()
            .Select(p => Path.GetFullPath(Path.Combine(directory, p.Replace('\\', Path.DirectorySeparatorChar))))
            .Any(p => p == Path.GetFullPath(propsFile));
    }
}
