// Mints a development token for a staff member of one municipality, signed with the key the
// AppHost hands to every service (src/AppHost/appsettings.Development.json), or with --key.
//   dotnet run --project tools/DevTokens -- --tenant 09162000 --role planner [--role admin] [--hours 8]
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Tooling;

string? tenantText = null, key = null;
var roles = new List<string>();
var hours = 8.0;
for (var i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--tenant": tenantText = args[i + 1]; break;
        case "--role": roles.Add(args[i + 1]); break;
        case "--hours": hours = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--key": key = args[i + 1]; break;
        default: return Fail($"unknown option {args[i]}");
    }
}
if (!Ags.TryParse(tenantText, out var tenant, out var error)) return Fail($"--tenant: {error}");
if (roles.Count == 0) roles.Add(Roles.Planner);

key ??= Environment.GetEnvironmentVariable("Jwt__SigningKey") ?? AppHostSettings.DevelopmentSigningKey();
try
{
    Console.WriteLine(DevTokens.Issue(new JwtOptions { SigningKey = key }, tenant, roles, TimeSpan.FromHours(hours)));
    return 0;
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException)
{
    return Fail(e.Message);
}

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine("usage: dotnet run --project tools/DevTokens -- --tenant <8-digit AGS> [--role planner|regional-analyst|admin]... [--hours 8] [--key <signing key>]");
    return 2;
}
