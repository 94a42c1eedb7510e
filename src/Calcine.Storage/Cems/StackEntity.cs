namespace Calcine.Storage.Cems;

/// <summary>A monitored stack (kiln tail, kiln head, mill…) whose analysers report over HJ 212.</summary>
public sealed class StackEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? PlantCode { get; set; }
    /// <summary>The plant this stack belongs to, once the plant is registered on the platform.</summary>
    public int? PlantId { get; set; }
    /// <summary>The stack's local clock (HJ 212 DataTime is local; China +08:00): days are local days.</summary>
    public int UtcOffsetMinutes { get; set; } = 480;
    /// <summary>The rule set the stack is judged by (<c>cn-ule-2024-kiln</c>, …); null: not configured.</summary>
    public string? ComplianceRules { get; set; }
    /// <summary>The GB 4915 variant judged beside the ULE targets (<c>gb4915-2013</c> when null),
    /// unless <see cref="ComplianceLimitsJson"/> replaces it.</summary>
    public string? ComplianceStandard { get; set; }
    /// <summary>A permit or provincial limit set (docs/formats/cems-limits.md) that takes the place of GB 4915.</summary>
    public string? ComplianceLimitsJson { get; set; }
    public List<StackChannelEntity> Channels { get; set; } = [];
    public List<DeviceEntity> Devices { get; set; } = [];
}
