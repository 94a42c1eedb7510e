namespace Calcine.Application.Access;

/// <summary>What a caller wants to do with a tenant's resource.</summary>
public enum AccessAction
{
    Read,
    Edit,
    Verify,
    Administer,
    /// <summary>Read the audit log of a tenant (who changed what, when, why).</summary>
    ReadAudit,
    /// <summary>See an association's benchmark: suppressed distributions of its members' KPIs, no member's value.</summary>
    Benchmark,
    /// <summary>See where a plant's or company's own KPI lies in its association's benchmark.</summary>
    BenchmarkPosition,
    /// <summary>Read the owner's road maps (scenarios, results, baselines): a company's for its own
    /// people, an association's for its analysts; never a member's for the association.</summary>
    Roadmap,
    /// <summary>Save, change, delete and run the owner's road maps, and change an association's lever library.</summary>
    EditRoadmap,
    /// <summary>See an association's road map: its members' plans added up, no member's plan or figure.</summary>
    AssociationRoadmap,
}

/// <summary>The answer of the access policy. NotVisible becomes 404 so that other tenants'
/// resources cannot even be probed for; Forbidden (403) is for what the caller can already see.</summary>
public enum AccessDecision
{
    NotVisible,
    Forbidden,
    Allowed,
}

public enum ResourceKind
{
    Company,
    Plant,
    /// <summary>A monitored stack: decided as its plant (a plant editor edits its stacks' data). A stack
    /// not yet attached to a plant is the platform's.</summary>
    Stack,
    /// <summary>The platform itself: what no tenant owns (platform-wide grants, for instance).</summary>
    Platform,
    /// <summary>An association of companies: what its benchmark belongs to.</summary>
    Association,
}
