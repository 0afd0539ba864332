using GutAusgestattet.Partners.Apis;
using GutAusgestattet.Partners.Extensions;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Called here again, not only in ServiceDefaults: the OpenAPI source generator adds the XML docs (summaries,
// descriptions) by intercepting an AddOpenApi call in this assembly; the document and its transformers stay as defined there.
builder.Services.AddOpenApi();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapPartnersApi();
app.MapPartnerImportApi();
app.MapContactsApi();
app.MapOutreachApi();
app.MapOutreachGapsApi();
app.MapAgreementsApi();
app.MapAuditApi<PartnersDbContext>();

// Runs the service; with --migrate it only migrates the database (the deployment's migration job) and ends.
await app.MigrateThenRunAsync<PartnersDbContext>(args);

/// <summary>Entry point, visible to the functional tests' host.</summary>
public partial class Program;
