using GutAusgestattet.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var (messaging, databases) = Infrastructure.Add(builder);

// One signing key for all services, so a planner's token works everywhere; a real OIDC
// provider replaces it by setting Jwt__Authority on the services.
var signingKey = builder.AddParameter("jwt-signing-key", secret: true);
var issuer = builder.Configuration["Jwt:Issuer"] ?? "gut-ausgestattet-dev";
var audience = builder.Configuration["Jwt:Audience"] ?? "gut-ausgestattet";

IResourceBuilder<ProjectResource> Service<TProject>(string name, string database) where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithReference(messaging)
        .WithReference(databases[database])
        .WithEnvironment("Jwt__SigningKey", signingKey)
        .WithEnvironment("Jwt__Issuer", issuer)
        .WithEnvironment("Jwt__Audience", audience)
        .WithHttpHealthCheck("/health/ready");

// The surveys service's own secret for receipt and invitation codes: no other service gets it.
var receiptSecret = builder.AddParameter("surveys-receipt-secret", secret: true);
var surveys = Service<Projects.Surveys_Service>("surveys", "surveysdb")
    .WithEnvironment("Surveys__ReceiptSecret", receiptSecret);
// The public endpoints' rate limits, when the AppHost is told them (e.g. tighter in tests).
foreach (var limit in builder.Configuration.GetSection("Surveys:RateLimits").GetChildren())
    surveys.WithEnvironment($"Surveys__RateLimits__{limit.Key}", limit.Value);
var inventory = Service<Projects.Inventory_Service>("inventory", "inventorydb");

// The public survey pages: no database, no token; they call the surveys service, whose letters and
// posters point households to their address.
var surveyWeb = builder.AddProject<Projects.Survey_Web>("survey-web")
    .WithReference(surveys)
    .WithHttpHealthCheck("/health/ready");
surveys.WithEnvironment("Surveys__PublicBaseUrl", surveyWeb.GetEndpoint("http"));
var gaps = Service<Projects.Gaps_Service>("gaps", "gapsdb");
var partners = Service<Projects.Partners_Service>("partners", "partnersdb");

// The planners' application: no database; it calls the four services with the signed-in planner's token. It gets the
// services' token settings for its development sign-in (Development only), which mints the tokens they accept, and the
// survey web's address to show a survey's open link as households see it.
builder.AddProject<Projects.Planner_Web>("planner-web")
    .WithReference(surveys)
    .WithEnvironment("SurveyWeb__PublicBaseUrl", surveyWeb.GetEndpoint("http"))
    .WithReference(inventory)
    .WithReference(gaps)
    .WithReference(partners)
    .WithEnvironment("Jwt__SigningKey", signingKey)
    .WithEnvironment("Jwt__Issuer", issuer)
    .WithEnvironment("Jwt__Audience", audience)
    .WithHttpHealthCheck("/health/ready");

builder.Build().Run();
