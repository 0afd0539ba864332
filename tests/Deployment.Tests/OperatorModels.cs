using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

// The custom resources of the operators overlay, as far as it uses them: KubernetesClient knows only the built-in
// kinds, and strict loading into these classes makes a mistyped field fail as it does for the built-in ones. They follow
// the operators' CRDs (CloudNativePG postgresql.cnpg.io/v1 Cluster, RabbitMQ rabbitmq.com/v1beta1 RabbitmqCluster, and
// the RabbitMQ messaging topology operator's rabbitmq.com/v1beta1 Vhost, User and Permission);
// a field the overlay starts to use must be added here from the CRD, not guessed.

public sealed class CnpgCluster
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public CnpgClusterSpec? Spec { get; set; }
}

public sealed class CnpgClusterSpec
{
    public int? Instances { get; set; }
    public CnpgStorage? Storage { get; set; }
    public CnpgBootstrap? Bootstrap { get; set; }
    public CnpgManaged? Managed { get; set; }
}

public sealed class CnpgStorage
{
    public string? Size { get; set; }
    public string? StorageClass { get; set; }
}

public sealed class CnpgBootstrap
{
    public CnpgInitDb? Initdb { get; set; }
}

public sealed class CnpgInitDb
{
    public string? Database { get; set; }
    public string? Owner { get; set; }
    public V1LocalObjectReference? Secret { get; set; }
}

public sealed class CnpgManaged
{
    public List<CnpgRole>? Roles { get; set; }
}

public sealed class CnpgRole
{
    public string? Name { get; set; }
    public string? Ensure { get; set; }
    public bool? Login { get; set; }
    public V1LocalObjectReference? PasswordSecret { get; set; }
}

public sealed class RabbitmqCluster
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public RabbitmqClusterSpec? Spec { get; set; }
}

public sealed class RabbitmqClusterSpec
{
    public int? Replicas { get; set; }
    public RabbitmqPersistence? Persistence { get; set; }
    public V1ResourceRequirements? Resources { get; set; }
}

public sealed class RabbitmqPersistence
{
    public string? Storage { get; set; }
    public string? StorageClassName { get; set; }
}

public sealed class RabbitmqClusterReference
{
    public string? Name { get; set; }
}

public sealed class RabbitmqVhost
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public RabbitmqVhostSpec? Spec { get; set; }
}

public sealed class RabbitmqVhostSpec
{
    public string? Name { get; set; }
    public RabbitmqClusterReference? RabbitmqClusterReference { get; set; }
}

public sealed class RabbitmqUser
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public RabbitmqUserSpec? Spec { get; set; }
}

public sealed class RabbitmqUserSpec
{
    public List<string>? Tags { get; set; }
    public RabbitmqClusterReference? RabbitmqClusterReference { get; set; }
    public V1LocalObjectReference? ImportCredentialsSecret { get; set; }
}

public sealed class RabbitmqPermission
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ObjectMeta? Metadata { get; set; }
    public RabbitmqPermissionSpec? Spec { get; set; }
}

public sealed class RabbitmqPermissionSpec
{
    public string? Vhost { get; set; }
    public V1LocalObjectReference? UserReference { get; set; }
    public RabbitmqClusterReference? RabbitmqClusterReference { get; set; }
    public RabbitmqPermissions? Permissions { get; set; }
}

public sealed class RabbitmqPermissions
{
    public string? Configure { get; set; }
    public string? Write { get; set; }
    public string? Read { get; set; }
}
