using System.Text.Json;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The image each deployable would become, as MSBuild computes it: the SDK's own
/// ComputeContainerConfig target runs offline (it only names the base image, it does not pull it),
/// so repository, base, user, port, tags and labels are checked exactly as PublishContainer would use them.
/// </summary>
public class ContainerSettingsTests
{
    const string ReleaseVersion = "9.8.7";
    const string SourceUrl = "https://git.example.org/gut-ausgestattet";

    [Fact]
    public void Exactly_the_six_deployables_import_the_container_configuration()
    {
        Assert.Equal(Deployables.ExpectedRepositories.Keys.Order(), Deployables.Importing());
    }

    [Fact]
    public void Every_runnable_project_in_src_is_a_deployable()
    {
        // A new service or web app that misses src/Deployables.props would never become an image.
        Assert.Equal(Deployables.Importing(), Deployables.Runnable());
    }

    [Theory]
    [MemberData(nameof(Deployables.Names), MemberType = typeof(Deployables))]
    public async Task The_image_is_the_one_the_deployment_expects(string name)
    {
        var result = await DotNet.RunAsync(
        [
            "msbuild", Deployables.ProjectFile(name), "-nologo", "-nodeReuse:false",
            "-t:ComputeContainerConfig",
            $"-p:Version={ReleaseVersion}", $"-p:RepositoryUrl={SourceUrl}",
            "-getProperty:EnableSdkContainerSupport", "-getProperty:ContainerRepository",
            "-getProperty:ContainerBaseImage", "-getProperty:ContainerUser",
            "-getItem:ContainerImageTags", "-getItem:ContainerPort", "-getItem:ContainerLabel",
            "-getItem:ContainerEnvironmentVariables", "-getItem:ContainerAppCommand",
        ], TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, result.ToString());
        var evaluated = Evaluated.Parse(result.Output);

        Assert.Equal("true", evaluated.Property("EnableSdkContainerSupport"));
        Assert.Equal(Deployables.ExpectedRepositories[name], evaluated.Property("ContainerRepository"));
        Assert.Equal(Deployables.BaseImage, evaluated.Property("ContainerBaseImage"));
        Assert.Contains("chiseled", evaluated.Property("ContainerBaseImage"));
        Assert.Equal(Deployables.User, evaluated.Property("ContainerUser"));

        // The version and nothing else: no floating "latest" a Deployment could pick up by accident.
        Assert.Equal([ReleaseVersion], evaluated.Items("ContainerImageTags").Select(i => i.Identity));
        Assert.Equal([(Deployables.Port, "tcp")], evaluated.Items("ContainerPort").Select(i => (i.Identity, i.Metadata("Type"))));
        Assert.Contains(evaluated.Items("ContainerEnvironmentVariables"), v => v.Identity == "ASPNETCORE_HTTP_PORTS" && v.Metadata("Value") == Deployables.Port);
        Assert.Equal(["dotnet", $"/app/{name}.dll"], evaluated.Items("ContainerAppCommand").Select(i => i.Identity));

        var labels = evaluated.Items("ContainerLabel").ToDictionary(l => l.Identity, l => l.Metadata("Value"));
        Assert.Equal($"Gut ausgestattet – {name}", labels["org.opencontainers.image.title"]);
        Assert.False(string.IsNullOrWhiteSpace(labels.GetValueOrDefault("org.opencontainers.image.description")), $"{name} has no <Description> for the image's description label.");
        Assert.Equal(ReleaseVersion, labels["org.opencontainers.image.version"]);
        Assert.Equal(SourceUrl, labels["org.opencontainers.image.source"]);
        Assert.Equal(Deployables.BaseImage, labels["org.opencontainers.image.base.name"]);
    }

    [Fact]
    public async Task Without_a_version_from_CI_every_image_is_tagged_with_the_repository_version()
    {
        var version = Deployables.RepositoryVersion();
        foreach (var name in Deployables.ExpectedRepositories.Keys)
        {
            var result = await DotNet.RunAsync(
                ["msbuild", Deployables.ProjectFile(name), "-nologo", "-getProperty:Version", "-getProperty:ContainerImageTags"],
                TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, result.ToString());
            var evaluated = Evaluated.Parse(result.Output);
            Assert.Equal(version, evaluated.Property("Version"));
            Assert.Equal(version, evaluated.Property("ContainerImageTags"));
        }
    }

    /// <summary>The JSON that <c>dotnet msbuild -getProperty/-getItem</c> prints.</summary>
    sealed class Evaluated(JsonElement root)
    {
        public static Evaluated Parse(string output)
        {
            var start = output.IndexOf('{');
            Assert.True(start >= 0, $"No JSON in the output:\n{output}");
            return new Evaluated(JsonDocument.Parse(output[start..]).RootElement);
        }

        public string Property(string name) => root.GetProperty("Properties").GetProperty(name).GetString() ?? "";

        public IReadOnlyList<Item> Items(string name) =>
            root.GetProperty("Items").TryGetProperty(name, out var items)
                ? items.EnumerateArray().Select(i => new Item(i)).ToList()
                : [];
    }

    sealed class Item(JsonElement element)
    {
        public string Identity => Metadata("Identity") ?? "";
        public string? Metadata(string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;
    }
}
