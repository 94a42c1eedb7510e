namespace Calcine.Storage.Cems;

/// <summary>A monitored stack (kiln tail, kiln head, mill…) whose analysers report over HJ 212.</summary>
public sealed class StackEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? PlantCode { get; set; }
    public List<DeviceEntity> Devices { get; set; } = [];
}
