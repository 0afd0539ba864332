namespace GutAusgestattet.Contracts.V99
{
    public sealed record ProbeRaised(string TenantId, int Level) : ITenantEvent;

    public sealed record ProbeRaisedWithNote(string TenantId, int Level, string? Note) : ITenantEvent;

    [InternalEvent]
    public sealed record ProbeAnswered(string TenantId, int Answer) : ITenantEvent;
}

namespace GutAusgestattet.Contracts.Tests.Unversioned
{
    public sealed record StrayEvent(string TenantId) : ITenantEvent;
}
