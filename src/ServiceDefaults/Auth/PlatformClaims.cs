namespace GutAusgestattet.ServiceDefaults.Auth;

public static class PlatformClaims
{
    /// <summary>The AGS of the municipality the staff member works for.</summary>
    public const string Tenant = "tenant";

    public const string Role = "role";
}

public static class Roles
{
    public const string Planner = "planner";
    public const string RegionalAnalyst = "regional-analyst";
    public const string Admin = "admin";

    /// <summary>
    /// The municipality's data steward (e.g. its data-protection officer): reads raw answers, sets their retention, erases an
    /// answer on a written request, gives or withdraws the regional consent, and reads the audit log of all this. Not a planner.
    /// </summary>
    public const string DataSteward = "data-steward";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Planner, RegionalAnalyst, Admin, DataSteward };
}

public static class Policies
{
    /// <summary>Planners (and admins) working on their own municipality's data.</summary>
    public const string Planner = "planner";

    /// <summary>
    /// Regional analysts reading aggregates across the consenting municipalities of their token's
    /// district. Only the role meant for it: a municipality's admin administers its own data.
    /// </summary>
    public const string RegionalAnalyst = "regional-analyst";

    /// <summary>The data steward of one municipality (<see cref="Roles.DataSteward"/>): raw answers, retention, erasure, consent, audit log.</summary>
    public const string DataSteward = "data-steward";
}
