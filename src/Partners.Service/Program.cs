using GutAusgestattet.Partners.Apis;
using GutAusgestattet.Partners.Extensions;
using GutAusgestattet.Partners.Persistence;
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
app.MapPartnersApi();
app.MapPartnerImportApi();
app.MapContactsApi();
app.MapOutreachApi();
app.MapOutreachGapsApi();
app.MapAgreementsApi();

await app.MigrateDatabaseAsync<PartnersDbContext>();
app.Run();

/// <summary>Entry point, visible to the functional tests' host.</summary>
public partial class Program;
