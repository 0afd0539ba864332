using Aspire.Hosting.Testing;

namespace GutAusgestattet.FunctionalTests;

public sealed class AppHostTests
{
    /// <summary>
    /// Without Docker, a missing connection string would leave its service waiting forever with
    /// nothing logged; the AppHost must refuse to start and say what to do instead.
    /// </summary>
    [Fact]
    public async Task A_missing_connection_string_fails_fast_naming_it_and_the_remedy()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["ConnectionStrings:gapsdb="]);
            await using var app = await builder.BuildAsync();
        });
        var message = (error.InnerException ?? error).Message;
        Assert.Contains("ConnectionStrings__gapsdb", message);
        Assert.Contains("scripts/infra.sh", message);
    }
}
