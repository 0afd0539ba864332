using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GutAusgestattet.ServiceDefaults.Tests;

/// <summary>Tokens go through the same authentication and policies the services use.</summary>
public sealed class TokenHandlingTests : IAsyncLifetime
{
    private static readonly JwtOptions Options = new() { Issuer = "test-issuer", Audience = "test-audience", SigningKey = new string('k', 40) };
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // Development: the symmetric key is refused anywhere else (UnsafeSettings).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Jwt:Issuer"] = Options.Issuer;
        builder.Configuration["Jwt:Audience"] = Options.Audience;
        builder.Configuration["Jwt:SigningKey"] = Options.SigningKey;
        builder.Services.AddScoped<TenantContext>();
        builder.AddPlatformAuthentication();
        _app = builder.Build();
        _app.UsePlatformAuthentication();
        _app.MapGet("/tenant", (TenantContext tenant) => tenant.TenantId).RequireAuthorization(Policies.Planner);
        _app.MapGet("/region", (TenantContext tenant) => tenant.Required.DistrictCode).RequireAuthorization(Policies.RegionalAnalyst);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> Get(string token, string path = "/tenant")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task A_planner_token_scopes_the_request_to_its_municipality()
    {
        var response = await Get(DevTokens.Issue(Options, Ags.Parse("09162000"), [Roles.Planner], TimeSpan.FromMinutes(5)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("09162000", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_admin_may_act_as_planner()
    {
        var response = await Get(DevTokens.Issue(Options, Ags.Parse("08111000"), [Roles.Admin], TimeSpan.FromMinutes(5)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task No_token_is_unauthorized()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/tenant")).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_unauthorized()
    {
        var forged = DevTokens.Issue(new JwtOptions { Issuer = Options.Issuer, Audience = Options.Audience, SigningKey = new string('x', 40) },
            Ags.Parse("09162000"), [Roles.Planner], TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(forged)).StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_unauthorized()
    {
        var other = DevTokens.Issue(new JwtOptions { Issuer = Options.Issuer, Audience = "someone-else", SigningKey = Options.SigningKey },
            Ags.Parse("09162000"), [Roles.Planner], TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(other)).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_unauthorized()
    {
        // Beyond the default five minutes of clock skew.
        var expired = DevTokens.Issue(Options, Ags.Parse("09162000"), [Roles.Planner], TimeSpan.FromMinutes(-10));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(expired)).StatusCode);
    }

    [Fact]
    public async Task A_regional_analyst_is_not_a_planner()
    {
        var analyst = DevTokens.Issue(Options, Ags.Parse("09162000"), [Roles.RegionalAnalyst], TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(analyst)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.RegionalAnalyst, HttpStatusCode.OK)]
    [InlineData(Roles.Planner, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)] // a municipality's admin reads no other municipality's data
    public async Task Only_a_regional_analyst_reads_the_regional_view_scoped_to_the_tokens_district(string role, HttpStatusCode expected)
    {
        var response = await Get(DevTokens.Issue(Options, Ags.Parse("09162000"), [role], TimeSpan.FromMinutes(5)), "/region");
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK) Assert.Equal("09162", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("9162000")]
    [InlineData("00000000")]
    public async Task A_token_without_a_valid_municipality_is_forbidden(string? tenant)
    {
        var claims = new Dictionary<string, object> { [PlatformClaims.Role] = Roles.Planner };
        if (tenant is not null) claims[PlatformClaims.Tenant] = tenant;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Options.Issuer,
            Audience = Options.Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Options.SigningKey!)), SecurityAlgorithms.HmacSha256),
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(token)).StatusCode);
    }

    [Fact]
    public void Unknown_roles_and_missing_keys_are_refused_when_minting()
    {
        Assert.Throws<ArgumentException>(() => DevTokens.Issue(Options, Ags.Parse("09162000"), ["mayor"], TimeSpan.FromMinutes(5)));
        Assert.Throws<InvalidOperationException>(() => DevTokens.Issue(new JwtOptions(), Ags.Parse("09162000"), [Roles.Planner], TimeSpan.FromMinutes(5)));
    }
}
