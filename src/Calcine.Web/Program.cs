using System.Net;
using Calcine.Application;
using Calcine.Application.Roadmaps.Association;
using Calcine.Web.Administration;
using Calcine.Web.Components;
using Calcine.Web.Hosting;
using Calcine.Web.Ingestion;
using Calcine.Web.Platform;
using Calcine.Web.Platform.Api;
using Calcine.Web.Platform.ApiKeys;
using Calcine.Web.Platform.Benchmarks;
using Calcine.Web.Platform.Cems;
using Calcine.Web.Platform.Cems.Reports;
using Calcine.Web.Platform.Data;
using Calcine.Web.Platform.InventoryReports;
using Calcine.Web.Platform.Localization;
using Calcine.Web.Platform.Regulatory;
using Calcine.Web.Platform.Reports;
using Calcine.Web.Platform.Security;
using Calcine.Web.Platform.Verification;
using Calcine.Web.Processing;
using Calcine.Web.Roadmaps;
using Scalar.AspNetCore;

// The platform host: web UI and JSON API (issue 4 grows these), and the HJ 212 listener.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = HostLayout.ContentRoot(args) });
// Static web assets (wwwroot, the build's compressed .gz variants, the framework's blazor.web.js)
// are found through the build's runtime manifest, which ASP.NET Core reads only in Development by
// default. Without it, `dotnet run` in Production and `dotnet Calcine.Web.dll` from bin answer
// gzip requests with an empty body and blazor.web.js with 500. Published output has no runtime
// manifest (its wwwroot holds every file), so there this is a no-op.
builder.WebHost.UseStaticWebAssets();
var storage = StartupStorage.Resolve(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(storage);
builder.Services.AddCemsIngestion(builder.Configuration, storage);
builder.Services.AddCemsProcessing(builder.Configuration);
builder.Services.AddCalcineApplication<HttpCurrentUser>(builder.Configuration, storage);
builder.Services.AddPlatformSecurity(builder.Configuration, StartupStorage.DataFolder(builder.Configuration, builder.Environment));
builder.Services.AddCalcineLocalization();
builder.Services.AddRazorComponents();
builder.Services.AddReportPdf(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddAssociationRoadmaps();
builder.Services.AddAdministrationWeb();

var http = builder.Configuration.GetSection("Http");
var ingestion = builder.Configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
var loopbackOnly = http.GetValue("LoopbackOnly", true);
builder.Services.AddCalcineHealth(ingestion);
builder.WebHost.ConfigureKestrel(k =>
{
    k.Listen(loopbackOnly ? IPAddress.Loopback : IPAddress.Any, http.GetValue("Port", 5000));
    k.ListenForHj212(ingestion, loopbackOnly);
});

var app = builder.Build();
await StartupStorage.PrepareAsync(app, storage);
app.UsePlatformSecurity();
app.UseCalcineLocalization();
app.UseJsonBodyGuard();

// Operator endpoints stay anonymous for now: they reveal totals only, no tenant data.

app.MapCalcineHealth();
app.MapIngestionStatus();
app.MapProcessingStatus();
app.MapAccountApi();
app.MapApiKeysApi();
app.MapCompaniesApi();
app.MapPlantsApi();
app.MapAuditApi();
app.MapMonthlyDataApi();
app.MapPlantYearDocumentApi();
app.MapInventoryApi();
app.MapKpiTrendApi();
app.MapWorkbookApi();
app.MapWorkflowApi();
app.MapFindingsApi();
app.MapVersionsApi();
app.MapBenchmarksApi();
app.MapStacksApi();
app.MapRegulatoryReportsApi();
app.MapStackReportsApi();
app.MapInventoryReportsApi();
app.MapStackLiveApi();
app.MapRoadmapsApi();
app.MapAssociationRoadmapApi();
app.MapAdministration();
app.MapStaticAssets();

// The API's description and a browsable reference; the reference page's script is served from this
// host and its web fonts are off, so nothing is fetched from a CDN.
app.MapOpenApi();
app.MapScalarApiReference(o => o.WithTitle("Calcine API").DisableDefaultFonts().DisableTelemetry());
app.MapAccountPages();
app.MapCultureSwitch();
app.MapVerificationForms();
app.MapStackForms();
app.MapRazorComponents<App>();

StartupStorage.PrintBanner(app, storage, ingestion);
await app.RunAsync();
public partial class Program;
