using WrotaCelne.GatewaySimulator;

// Only the simulator: the port at GatewaySimulator:Path (default /seap), accounts and delays from the GatewaySimulator
// section (appsettings.json, environment GatewaySimulator__Accounts__login=password, command line), URL from --urls.
// GatewaySimulator:InspectionPath (off by default) lists every accepted document as JSON, for tests and trainers.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSeapSimulator(builder.Configuration);
var app = builder.Build();
app.MapSeapSimulator(app.Configuration["GatewaySimulator:Path"] ?? "/seap");
if (app.Configuration["GatewaySimulator:InspectionPath"] is { Length: > 0 } inspection)
{
    app.MapSeapSimulatorInspection(inspection);
}

await app.RunAsync();
