using GutAusgestattet.DesignSystem.Security;
using GutAusgestattet.PlannerWeb.Components;
using GutAusgestattet.PlannerWeb.Contacts;
using GutAusgestattet.PlannerWeb.DataProtection;
using GutAusgestattet.PlannerWeb.Exports;
using GutAusgestattet.PlannerWeb.Extensions;
using GutAusgestattet.PlannerWeb.Incoming;
using GutAusgestattet.PlannerWeb.PlanningYear;
using GutAusgestattet.PlannerWeb.SignIn;
using GutAusgestattet.PlannerWeb.Surveys;
using GutAusgestattet.PlannerWeb.SurveyWaves;
using GutAusgestattet.PlannerWeb.WhatIf;
using GutAusgestattet.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPlannerWeb();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseSecurityHeaders(app.SignInFormTargets());
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapHealthEndpoints();
app.MapStaticAssets().AllowAnonymous();
app.MapSignIn();
app.MapLanguageSwitch();
app.MapExportDownloads();
app.MapYearDownload();
app.MapIncomingDownload();
app.MapSurveyDownloads();
app.MapWaveDownload();
app.MapDataProtectionDownloads();
app.MapWeekReading();
app.MapContactDownloads();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Entry point, visible to the tests' host.</summary>
public partial class Program;
