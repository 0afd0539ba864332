namespace GutAusgestattet.Contracts;

public static class TenantHeader
{
    /// <summary>Message header that carries the tenant's AGS beside the body.</summary>
    public const string Name = "tenant";
}
