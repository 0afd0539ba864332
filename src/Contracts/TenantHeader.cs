namespace GutAusgestattet.Contracts;

/// <summary>
/// The tenant header every integration event carries, so brokers, logs and consumers can route or
/// reject by municipality without reading the body.
/// </summary>
public static class TenantHeader
{
    /// <summary>Message header that carries the tenant's AGS beside the body.</summary>
    public const string Name = "tenant";
}
