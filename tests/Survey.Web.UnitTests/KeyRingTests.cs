using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.SurveyWeb.UnitTests;

/// <summary>
/// Two replicas of the survey pages behind one address: a household's form (its antiforgery token) is served by one
/// and posted to the other, so both must hold the same keys — given as a shared directory.
/// </summary>
public sealed class KeyRingTests
{
    private static WebApplicationFactory<Program> Replica(string keys) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("DataProtection:KeysDirectory", keys));

    [Fact]
    public void Replicas_given_one_key_directory_read_what_the_other_protected_and_replicas_with_their_own_do_not()
    {
        var shared = Directory.CreateTempSubdirectory("survey-keys-");
        var other = Directory.CreateTempSubdirectory("survey-keys-");
        try
        {
            using var first = Replica(shared.FullName);
            using var second = Replica(shared.FullName);
            using var elsewhere = Replica(other.FullName);
            static IDataProtector Antiforgery(WebApplicationFactory<Program> replica) =>
                replica.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1");

            var token = Antiforgery(first).Protect("a household's form");

            Assert.NotEmpty(shared.GetFiles("key-*.xml"));
            Assert.Equal("a household's form", Antiforgery(second).Unprotect(token));
            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Antiforgery(elsewhere).Unprotect(token));
        }
        finally
        {
            shared.Delete(recursive: true);
            other.Delete(recursive: true);
        }
    }
}
