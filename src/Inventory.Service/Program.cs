using GutAusgestattet.Inventory.Apis;
using GutAusgestattet.Inventory.Extensions;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.Persistence;
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
app.MapFacilitiesApi();
app.MapOffersApi();
app.MapCooperationsApi();
app.MapOpeningHoursApi();
app.MapAreasApi();
app.MapInventoryImportApi();

// Runs the service; with --migrate it only migrates the database (the deployment's migration job) and ends.
await app.MigrateThenRunAsync<InventoryDbContext>(args);

/// <summary>Entry point, visible to the functional tests' host.</summary>
public partial class Program;
