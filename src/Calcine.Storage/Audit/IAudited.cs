namespace Calcine.Storage.Audit;

/// <summary>Marks an entity whose every create, update and delete is written to the audit log by
/// <see cref="AuditSaveChangesInterceptor"/>, in the same transaction as the change itself.</summary>
public interface IAudited
{
    /// <summary>The tenant the change belongs to, so the log can be filtered and its readers
    /// limited. A plant-only scope gets its company filled in by the interceptor.</summary>
    AuditScope TenantScope();
}

/// <summary>The company and plant an audited change belongs to, where known.</summary>
public readonly record struct AuditScope(int? CompanyId, int? PlantId)
{
    public static AuditScope None => default;
}

/// <summary>Keeps a property out of the before/after snapshots (secrets, derived caches).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
