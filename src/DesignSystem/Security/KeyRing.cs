using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.DesignSystem.Security;

/// <summary>
/// The keys that protect a web application's cookies and antiforgery tokens (ASP.NET Core Data Protection). Behind a
/// load balancer a form served by one replica is posted to another, and a sign-in cookie issued by one is read by all:
/// every replica must hold the same keys. <see cref="Setting"/> names a directory they share (in Kubernetes a volume
/// mounted by every pod); the application name, not the install path, tells which application the keys are for.
/// Without the setting each process keeps its own keys, which is right for one replica only.
/// </summary>
public static class KeyRing
{
    public const string Setting = "DataProtection:KeysDirectory";

    public static IHostApplicationBuilder AddKeyRing(this IHostApplicationBuilder builder, string application)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName(application);
        if (builder.Configuration[Setting] is { Length: > 0 } directory) protection.PersistKeysToFileSystem(new DirectoryInfo(directory));
        return builder;
    }
}
