using WrotaCelne.GatewaySimulator;

// Only the simulator: the port at GatewaySimulator:Path (default /seap), accounts and delays from the GatewaySimulator
// section (appsettings.json, environment GatewaySimulator__Accounts__login=password, command line), URL from --urls.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSeapSimulator(builder.Configuration);
var app = builder.Build();
app.MapSeapSimulator(app.Configuration["GatewaySimulator:Path"] ?? "/seap");
await app.RunAsync();
