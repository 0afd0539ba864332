using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Apis;
using GutAusgestattet.Surveys.Extensions;
using GutAusgestattet.Surveys.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Called here again, not only in ServiceDefaults: the OpenAPI source generator adds the XML docs (summaries,
// descriptions) by intercepting an AddOpenApi call in this assembly; the document and its transformers stay as defined there.
builder.Services.AddOpenApi();
builder.AddApplicationServices();

var app = builder.Build();

// First: the rate limiter, the logs and everything after see the household's address, not the web app's.
app.UseForwardedHeaders();
app.UsePlatformProblemDetails();
app.UsePlatformAuthentication();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapResponsesApi();
app.MapSurveysApi();
app.MapWavesApi();
app.MapDataProtectionApi();
app.MapAuditApi<SurveysDbContext>();
app.MapInvitationsApi();
app.MapLettersApi();
app.MapWeightingApi();
app.MapPublicSurveysApi();

// Runs the service; with --migrate it only migrates the database (the deployment's migration job) and ends.
await app.MigrateThenRunAsync<SurveysDbContext>(args);

/// <summary>Entry point, visible to the functional tests' host.</summary>
public partial class Program;
