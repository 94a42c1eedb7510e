namespace Calcine.Storage.Tenancy;

/// <summary>A mill of a plant: raw meal, coal or cement grinding.</summary>
public sealed class MillEntity
{
    public int Id { get; set; }
    public int PlantId { get; set; }
    public required string Name { get; set; }
    public required string MillType { get; set; }
}
