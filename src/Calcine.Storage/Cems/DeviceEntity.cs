namespace Calcine.Storage.Cems;

/// <summary>A data logger known by its MN. Its HJ 212 access password (PW) is kept as a salted
/// SHA-256 hash: the protocol sends it in clear, but the database need not hold it.</summary>
public sealed class DeviceEntity
{
    public int Id { get; set; }
    public required string Mn { get; set; }
    public required byte[] PasswordHash { get; set; }
    public required byte[] PasswordSalt { get; set; }
    public int StackId { get; set; }
    public StackEntity? Stack { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>Explicit per-device compatibility: accept byte-swapped CRC-16/MODBUS. Never a default.</summary>
    public bool AcceptModbusCrc { get; set; }
}
