namespace Calcine.Storage.Cems;

/// <summary>One pollutant's local calendar day of one stack (HJ 212 eq. 25, m ≥ 20 valid hours).</summary>
public sealed class CemsDayEntity
{
    public int StackId { get; set; }
    public byte Channel { get; set; }
    public DateOnly Day { get; set; }
    public required string Flag { get; set; }
    public required string Status { get; set; }
    public short ValidHours { get; set; }
    public double? Converted { get; set; }
}
