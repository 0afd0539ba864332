using System.Diagnostics;
using System.Globalization;
using System.Text;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Extensions;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Imports N facilities × M offers (deterministic) through the service's own import path
// (CsvOfferReader → OfferImporter → OfferLifecycle → outbox) into a fresh database on the local
// PostgreSQL, committed, then imports the same file again (nothing may change).
//   dotnet run -c Release --project bench/Inventory.ImportBench -- [facilities=20000] [offersPerFacility=5] [polygons]
// With "polygons" the areas are 100 tiles with outlines covering the facilities' box, so every facility is placed by
// point in polygon (AreaPlacement) instead of the nearest of 40 centres.
var facilities = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var perFacility = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var polygons = args.Length > 2 && args[2] == "polygons";
const string Server = "Host=localhost;Port=5432;Username=postgres;Password=postgres";
const string Database = "inventorydb_importbench";

await using (var admin = new NpgsqlConnection(Server))
{
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", admin);
    await create.ExecuteNonQueryAsync();
}

// Development: the bench signs with a local key and the local servers' default passwords, which Production refuses (UnsafeSettings).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = Environments.Development });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:inventorydb"] = $"{Server};Database={Database}",
    ["ConnectionStrings:messaging"] = Environment.GetEnvironmentVariable("ConnectionStrings__messaging") ?? "amqp://guest:guest@localhost:5672",
    ["Jwt:SigningKey"] = "import-bench-signing-key-0123456789abcdef",
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.AddServiceDefaults();
builder.AddApplicationServices();
// The host is built but not started: no outbox delivery competes with the import for the two cores.
var app = builder.Build();
await app.MigrateDatabaseAsync<InventoryDbContext>();

var tenant = Ags.Parse("09162000");
await using (var scope = app.Services.CreateAsyncScope())
{
    scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
    var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
    if (polygons)
        // 10 × 10 tiles of 0.01° latitude × 0.02° longitude over the facilities' box (49.38–49.48, 10.98–11.18).
        for (var a = 0; a < 100; a++)
        {
            var (south, west) = (49.38 + a % 10 * 0.01, 10.98 + a / 10 * 0.02);
            var outline = FormattableString.Invariant(
                $"{{\"type\":\"Polygon\",\"coordinates\":[[[{west},{south}],[{west + 0.02},{south}],[{west + 0.02},{south + 0.01}],[{west},{south + 0.01}],[{west},{south}]]]}}");
            db.Areas.Add(new Area { Id = Guid.CreateVersion7(), TenantId = tenant.Value, Code = $"area-{a}", Name = $"Ortsteil {a}", Latitude = south + 0.005, Longitude = west + 0.01, Outline = outline });
        }
    else
        for (var a = 0; a < 40; a++)
            db.Areas.Add(new Area { Id = Guid.CreateVersion7(), TenantId = tenant.Value, Code = $"area-{a}", Name = $"Ortsteil {a}", Latitude = 49.40 + a % 8 * 0.01, Longitude = 11.00 + a / 8 * 0.02 });
    await db.SaveChangesAsync();
}

var csv = Generate(facilities, perFacility);
Console.WriteLine($"{facilities:N0} facilities × {perFacility} offers = {facilities * perFacility:N0} rows, {Encoding.UTF8.GetByteCount(csv) / 1024.0 / 1024.0:F1} MiB CSV");

var first = await Run("first import", csv);
var again = await Run("same file again", csv);

await using (var scope = app.Services.CreateAsyncScope())
{
    scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
    var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
    var offers = await db.Offers.CountAsync();
    var history = await db.OfferHistory.CountAsync();
    var outbox = await db.Set<OutboxMessage>().CountAsync();
    Console.WriteLine($"stored: {offers:N0} offers, {history:N0} history entries, {outbox:N0} outbox messages");
    if (offers != facilities * perFacility || history != offers || outbox != offers || first.Created != offers || again.Unchanged != offers)
    {
        Console.Error.WriteLine("MISMATCH: every offer needs exactly one history entry and one event; the second import must change nothing.");
        return 1;
    }
}
return 0;

async Task<ImportReport> Run(string label, string text)
{
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
    var importer = scope.ServiceProvider.GetRequiredService<OfferImporter>();
    // CPU time and GC pauses next to the wall time: the machine is shared, so wall time alone is noisy.
    var (cpu, pause, gen0, gen2) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2));
    var watch = Stopwatch.StartNew();
    var file = CsvOfferReader.Read(text);
    var read = watch.Elapsed;
    var report = await importer.ImportAsync(file, dryRun: false, "bench", CancellationToken.None);
    watch.Stop();
    Console.WriteLine($"{label}: {watch.Elapsed.TotalSeconds:F2} s (read {read.TotalSeconds:F2} s) — created {report.Created:N0}, changed {report.Changed:N0}, "
        + $"unchanged {report.Unchanged:N0}, errors {report.Errors.Count}; CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s, GC paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s "
        + $"({GC.CollectionCount(0) - gen0} collections, {GC.CollectionCount(2) - gen2} of them full)");
    foreach (var error in report.Errors.Take(5)) Console.WriteLine($"  {error.Key}: {error.Rule}");
    return report;
}

static string Generate(int facilities, int perFacility)
{
    string[] categories = ["krippe", "kita", "hort", "tagespflege", "kurzzeitpflege"];
    string[] hours = ["Mo-Fr 07:00-17:00", "Mo-Fr 07:00-17:00; PH off", "Mo-Th 06:30-18:00; Fr 06:30-14:00", "Mo-Fr 08:00-16:00", "Mo-Su 00:00-24:00"];
    string[] operators = ["municipal", "welfare", "private", "company", "other"];
    var random = new Random(20261125);
    var csv = new StringBuilder();
    csv.AppendJoin(',', CsvOfferReader.Columns).Append('\n');
    for (var f = 0; f < facilities; f++)
    {
        var latitude = (49.38 + random.NextDouble() * 0.1).ToString("F6", CultureInfo.InvariantCulture);
        var longitude = (10.98 + random.NextDouble() * 0.2).ToString("F6", CultureInfo.InvariantCulture);
        var facility = $"fac-{f},Einrichtung {f},{operators[f % 5]},\"Straße {f % 300}, 90{f % 1000:D3} Nürnberg\",{latitude},{longitude},,";
        for (var o = 0; o < perFacility; o++)
        {
            var category = categories[(f + o) % categories.Length];
            var places = 5 + random.Next(60);
            var ages = category switch { "krippe" => "0,36", "kita" => "36,84", "hort" => "72,144", _ => "," };
            csv.Append(facility)
                .Append($"fac-{f}-o{o},Gruppe {o} der Einrichtung {f},{category},,{ages},{places},{random.Next(places + 1)},\"{hours[(f * 7 + o) % hours.Length]}\",")
                .Append(o % 3 == 0 ? "true" : "false").Append(',').Append(o % 4 == 0 ? "de;pl" : "de").Append(",\n");
        }
    }
    return csv.ToString();
}
