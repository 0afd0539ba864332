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

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Planner, RegionalAnalyst, Admin };
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
}
