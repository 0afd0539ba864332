using GutAusgestattet.ServiceHosting;
using GutAusgestattet.Surveys.Answers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// The service refuses to start without a receipt secret of its own, before it touches the database or the bus: nothing
/// else (the token signing key above all) stands in for it.
/// </summary>
public sealed class ReceiptSecretTests
{
    private sealed class Unreachable(string? secret) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:surveysdb", "Host=localhost;Port=1;Database=none");
            builder.UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@localhost:1/none");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Jwt:SigningKey", ServiceHost<Program>.SigningKey);
            if (secret is not null) builder.UseSetting(SurveySecretOptions.Setting, secret);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("31-bytes-are-one-too-few-012345")]
    public void The_service_does_not_start_without_a_receipt_secret_of_at_least_32_bytes(string? secret)
    {
        using var factory = new Unreachable(secret);
        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(SurveySecretOptions.Setting, refused.ToString());
    }
}
