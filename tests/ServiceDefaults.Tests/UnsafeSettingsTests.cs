using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace GutAusgestattet.ServiceDefaults.Tests;

/// <summary>A service where real data is stops at start on development settings, naming each one to change.</summary>
public sealed class UnsafeSettingsTests
{
    private static readonly Dictionary<string, string?> Development = new()
    {
        ["Jwt:SigningKey"] = new string('k', 40),
        ["ConnectionStrings:gapsdb"] = "Host=localhost;Port=5432;Username=postgres;Password=postgres;Database=gapsdb",
        ["ConnectionStrings:messaging"] = "amqp://guest:guest@localhost:5672",
    };

    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Jwt:Authority"] = "https://login.example.org/realms/kommunen",
        ["ConnectionStrings:gapsdb"] = "Host=db.rz.example;Username=gaps;Password=s3cr3t-from-a-secret;Database=gapsdb",
        ["ConnectionStrings:messaging"] = "amqps://gaps:an0ther-secret@mq.rz.example:5671/kommunen",
    };

    private static WebApplicationBuilder Builder(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        // Only these settings: the test run's own environment variables (scripts/env.sh) carry development connection strings.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_Development_the_signing_key_a_missing_authority_and_default_passwords_stop_the_start_each_named(string environment)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Builder(environment, Development).AddPlatformAuthentication());

        Assert.Contains("Jwt:SigningKey is set", failure.Message);
        Assert.Contains("Jwt:Authority is not set", failure.Message);
        Assert.Contains("ConnectionStrings:gapsdb uses a default password", failure.Message);
        Assert.Contains("ConnectionStrings:messaging uses a default password", failure.Message);
        Assert.Contains($"'{environment}'", failure.Message);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void In_Development_and_in_the_tests_the_development_settings_are_allowed(string environment) =>
        Assert.Empty(UnsafeSettings.Of(Builder(environment, Development).Configuration, Builder(environment, Development).Environment));

    [Fact]
    public void A_production_configuration_with_an_authority_and_own_accounts_starts()
    {
        var builder = Builder("Production", Production);

        Assert.Empty(UnsafeSettings.Of(builder.Configuration, builder.Environment));
        builder.AddPlatformAuthentication();
    }
}
