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
    public List<StackChannelEntity> Channels { get; set; } = [];
    public List<DeviceEntity> Devices { get; set; } = [];
}
