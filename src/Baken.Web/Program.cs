using Baken.Web.Api.V1;
using Baken.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddBakenDatabase();
builder.AddBakenIdentity();
builder.AddBakenApi();
builder.AddBakenContent();
builder.AddBakenClassification();
builder.AddBakenDemo();
builder.AddBakenUi();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseBakenHttpPipeline();
app.MapHealth();
app.MapApiV1();
app.MapRazorPages();

await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
