using System.Text.RegularExpressions;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>A setting a deployable must have (any value, or <see cref="Value"/>), or must not have (<see cref="Forbidden"/>).</summary>
public sealed record Requirement(string Key, string? Value = null, bool Forbidden = false);

/// <summary>
/// Why a deployable requires a setting: the lines of code that insist on it (<see cref="Sites"/>: file and a text of the
/// line) and what it means for a deployable, derived from the calls in its own code.
/// </summary>
public sealed record Rule(string Why, (string File, string Text)[] Sites, Func<string, bool, IEnumerable<Requirement>> Derive);

/// <summary>What each deployable requires, read from the code: its calls decide which rules apply.</summary>
public static partial class Requirements
{
    private const string Database = "src/Persistence/DatabaseExtensions.cs";
    private const string Messaging = "src/Messaging/MessagingExtensions.cs";
    private const string Auth = "src/ServiceDefaults/Auth/AuthExtensions.cs";
    private const string Unsafe = "src/ServiceDefaults/Auth/UnsafeSettings.cs";
    private const string SignIn = "src/Planner.Web/SignIn/SignInSettings.cs";

    public static readonly Rule[] Rules =
    [
        new("Each service's database: AddServiceDatabase(name) throws without ConnectionStrings:name.",
            [(Database, "GetConnectionString(connectionName)"), (Database, "?? throw new InvalidOperationException(")],
            (deployable, _) => ServiceDatabases(deployable).Select(name => new Requirement($"ConnectionStrings:{name}"))),

        new("The bus: AddPlatformMessaging throws without the connection string named by MessagingExtensions.ConnectionName.",
            [(Messaging, "GetConnectionString(ConnectionName)"), (Messaging, "throw new InvalidOperationException(")],
            (deployable, production) => Calls(deployable, ".AddPlatformMessaging<")
                ? [new($"ConnectionStrings:{MessagingConnectionName()}"), new("Messaging:QuorumQueues", production ? "true" : "false")]
                : []),

        new("Staff tokens: outside Development only an OIDC authority and no signing key; in Development the signing key.",
            [(Auth, "Set Jwt:Authority (an OIDC provider) or Jwt:SigningKey"), (Auth, "is not an absolute URL of an OpenID Connect provider"),
                (Unsafe, "Jwt:SigningKey is set"), (Unsafe, "Jwt:Authority is not set")],
            (deployable, production) => !Calls(deployable, ".AddPlatformAuthentication()") ? []
                : production ? [new("Jwt:Authority"), new("Jwt:SigningKey", Forbidden: true)]
                : [new("Jwt:SigningKey")]),

        new("Receipt and invitation codes: Surveys:ReceiptSecret, the surveys service's own, checked at start in every environment, no fallback.",
            [("src/Surveys.Service/Answers/SurveySecret.cs", "return $\"Set Surveys:ReceiptSecret")],
            (deployable, _) => Calls(deployable, "AddSingleton<ReceiptCodes>") ? [new("Surveys:ReceiptSecret")] : []),

        new("Planners' sign-in: OIDC outside Development; the development sign-in (with the signing key) only in Development.",
            [(SignIn, "return \"Authentication:DevSignIn needs Jwt:SigningKey"), (SignIn, "No sign-in is configured")],
            (deployable, production) => !Calls(deployable, ".AddPlannerSignIn()") ? []
                : production
                    ? [new("Authentication:Oidc:Authority"), new("Authentication:Oidc:ClientId"), new("Authentication:Oidc:ClientSecret"),
                        new("Authentication:DevSignIn", Forbidden: true), new("Jwt:SigningKey", Forbidden: true)]
                    : [new("Authentication:DevSignIn", "true"), new("Jwt:SigningKey")]),

        new("Service discovery: every service a deployable calls by https+http://name needs its address.",
            [],
            (deployable, _) => CalledServices(deployable).Select(name => new Requirement($"services:{name}:http:0"))),

        new("Replicas share the web apps' key ring (DataProtection:KeysDirectory); the autoscalers run two or more.",
            [],
            (deployable, _) => Calls(deployable, ".AddKeyRing(") ? [new("DataProtection:KeysDirectory")] : []),

        new("Behind the ingress or the survey web: the proxies whose X-Forwarded-For names the client.",
            [],
            (deployable, _) => Calls(deployable, ".AddTrustedProxies()") ? [new("ForwardedHeaders:KnownNetworks:0")] : []),

        new("Letters and posters print the survey web's public address; without it they answer 503.",
            [],
            (deployable, _) => Calls(deployable, "PublicLinks.Setting") ? [new("Surveys:PublicBaseUrl")] : []),

        new("Migrations run in the migration Job, never at a replica's start (the interface main is adding).",
            [],
            (deployable, _) => ServiceDatabases(deployable).Any() ? [new("Database:MigrateOnStartup", "false")] : []),

        new("The environment: Development only where the development overlay says so.",
            [],
            (_, production) => [new("ASPNETCORE_ENVIRONMENT", production ? "Production" : "Development")]),
    ];

    public static IEnumerable<Requirement> For(string deployable, bool production) =>
        Rules.SelectMany(rule => rule.Derive(deployable, production));

    private static bool Calls(string deployable, string call) => CodeSettings.OwnCode(deployable).Contains(call);

    private static IEnumerable<string> ServiceDatabases(string deployable) =>
        ServiceDatabase().Matches(CodeSettings.OwnCode(deployable)).Select(m => m.Groups["name"].Value);

    private static IEnumerable<string> CalledServices(string deployable) =>
        DiscoveredService().Matches(CodeSettings.OwnCode(deployable)).Select(m => m.Groups["name"].Value)
            .Concat(ServiceClient().Matches(CodeSettings.OwnCode(deployable)).Select(m => m.Groups["name"].Value))
            .Distinct();

    private static string MessagingConnectionName() =>
        MessagingConnection().Match(File.ReadAllText(Repository.Path(Messaging))) is { Success: true } m
            ? m.Groups["name"].Value
            : throw new InvalidOperationException($"{Messaging} has no ConnectionName constant.");

    [GeneratedRegex(@"AddServiceDatabase<[^>]+>\(""(?<name>\w+)""\)")]
    private static partial Regex ServiceDatabase();

    [GeneratedRegex(@"""https\+http://(?<name>[\w-]+)""")]
    private static partial Regex DiscoveredService();

    [GeneratedRegex(@"AddServiceClient<\w+>\(builder, ""(?<name>[\w-]+)""\)")]
    private static partial Regex ServiceClient();

    [GeneratedRegex(@"const string ConnectionName = ""(?<name>\w+)""")]
    private static partial Regex MessagingConnection();
}
