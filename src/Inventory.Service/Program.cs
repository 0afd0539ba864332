using GutAusgestattet.Inventory.Apis;
using GutAusgestattet.Inventory.Extensions;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
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

await app.MigrateDatabaseAsync<InventoryDbContext>();
app.Run();

/// <summary>Entry point, visible to the functional tests' host.</summary>
public partial class Program;
