using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.ServiceDefaults.Tests;

public class TenantContextTests
{
    [Fact]
    public void A_new_scope_has_no_tenant_and_refuses_to_pretend()
    {
        var context = new TenantContext();
        Assert.Null(context.TenantId);
        Assert.Throws<TenantScopeException>(() => context.Required);
    }

    [Fact]
    public void A_scope_keeps_its_tenant_and_cannot_switch()
    {
        var context = new TenantContext();
        context.Set(Ags.Parse("09162000"));
        context.Set(Ags.Parse("09162000"));
        Assert.Equal("09162000", context.TenantId);
        Assert.Throws<TenantScopeException>(() => context.Set(Ags.Parse("08111000")));
        Assert.Equal("09162000", context.Required.Value);
    }
}
