namespace GutAusgestattet.Persistence;

/// <summary>Which database server a service stores its data on; chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    PostgreSql,
    SqlServer,
}
