// The platform host. Issue 4 grows this into the web UI, API and HJ 212 listener;
// until then it serves a health probe so the run command in the README works.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapGet("/", () => Results.Text("Calcine is running. The CO2 engine is available through the calcine CLI (see README.md)."));
app.Run();
