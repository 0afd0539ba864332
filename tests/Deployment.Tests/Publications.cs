namespace GutAusgestattet.Deployment.Tests;

/// <summary>What <c>dotnet publish -c Release</c> made of one deployable: the image's /app, and the SDK's output.</summary>
public sealed record Publication(string Name, string Directory, DotNet.Result Result)
{
    /// <summary>What the image's entrypoint runs (<c>dotnet /app/&lt;Name&gt;.dll</c>).</summary>
    public string EntryAssembly => Path.Combine(Directory, Name + ".dll");
}

/// <summary>
/// One publish per deployable and run, made when a test first asks for it and shared by the publish tests and the smoke
/// test: publishing is most of this project's time in CI. One at a time, in a temp root removed afterwards.
/// </summary>
public sealed class Publications : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gut-ausgestattet-publish-").FullName;
    private readonly Dictionary<string, Task<Publication>> _published = [];
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public Task<Publication> Of(string name)
    {
        lock (_published)
        {
            if (!_published.TryGetValue(name, out var publication)) _published[name] = publication = PublishAsync(name);
            return publication;
        }
    }

    private async Task<Publication> PublishAsync(string name)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            var output = Path.Combine(_root, name);
            var result = await DotNet.RunAsync(
                ["publish", Deployables.ProjectFile(name), "-c", "Release", "-o", output, "-nologo", "-v", "q", "-nodeReuse:false"],
                TimeSpan.FromMinutes(10));
            return new Publication(name, output, result);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        _oneAtATime.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedCollection : ICollectionFixture<Publications>
{
    public const string Name = "published deployables";
}
