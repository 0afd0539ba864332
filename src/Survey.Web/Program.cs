using GutAusgestattet.DesignSystem.Security;
using GutAusgestattet.ServiceDefaults;
using GutAusgestattet.SurveyWeb.Components;
using GutAusgestattet.SurveyWeb.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSurveyWeb();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseSecurityHeaders();
app.UseAntiforgery();
app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Entry point, visible to the tests' host.</summary>
public partial class Program;
