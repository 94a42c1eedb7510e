using System.Globalization;
using System.Text;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>CRC variants per device (issue 13, item 4): frames framed by an independently written
/// CRC-16/MODBUS, as a widely used simulator sends them, are stored and answered for a device set to
/// MODBUS, in either byte order, and ignored for a device set to the standard (never guessed).</summary>
public class ListenerModbusCrcTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    /// <summary>CRC-16/MODBUS written from its definition (reflected polynomial 0xA001, initial
    /// 0xFFFF, no final XOR), bit by bit, independently of the product's table-driven code.</summary>
    private static ushort Crc16Modbus(byte[] data)
    {
        var crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) == 1 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }
        }

        return (ushort)crc;
    }

    private static byte[] ModbusFrame(int device, string qn, bool swapped)
    {
        var data = Encoding.ASCII.GetBytes($"QN={qn};ST=31;CN=2011;PW={ListenerHost.Password};MN={ListenerHost.Mn(device)};Flag=5;CP=&&DataTime=20250315093015;{ListenerPackets.NormalCp}&&");
        var crc = Crc16Modbus(data);
        if (swapped)
        {
            crc = (ushort)((crc >> 8) | (crc << 8));
        }

        return Encoding.ASCII.GetBytes($"##{data.Length.ToString("D4", CultureInfo.InvariantCulture)}{Encoding.ASCII.GetString(data)}{crc.ToString("X4", CultureInfo.InvariantCulture)}\r\n");
    }

    [Fact]
    public void Crc16Modbus_CheckString_IsTheCatalogueValue() => Assert.Equal(0x4B37, Crc16Modbus("123456789"u8.ToArray()));

    [Fact]
    public void ComputeModbus_RandomInputs_AgreesWithTheIndependentRoutine()
    {
        var random = new Random(16);
        for (var length = 0; length < 200; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(Crc16Modbus(data), Calcine.Ingestion.Hj212.Hj212Crc.ComputeModbus(data));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ModbusCrc_DeviceSetToModbus_StoredAndAnsweredInBothByteOrders(string provider)
    {
        await using var host = await ListenerHost.StartAsync(provider);
        await using (var db = host.Database.CreateContext())
        {
            var device = await db.Devices.SingleAsync(d => d.Mn == ListenerHost.Mn(2));
            device.AcceptModbusCrc = true;
            await db.SaveChangesAsync();
        }

        using var logger = await LoggerSocket.ConnectAsync(host.Port);
        await logger.SendAsync(ModbusFrame(2, "20250315093015001", swapped: false));
        await logger.SendAsync(ModbusFrame(2, "20250315093015002", swapped: true));
        var answers = await logger.ReadAnswersAsync(2, TimeSpan.FromSeconds(10));

        Assert.Equal([("9014", "20250315093015001"), ("9014", "20250315093015002")], answers.Select(a => (a.Cn, a.Qn!)).ToList());
        await using var read = host.Database.CreateContext();
        Assert.Equal(1, await read.CemsFrames.CountAsync()); // the same DataTime twice: one reading, one resend
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ModbusCrc_DeviceSetToTheStandard_NeitherStoredNorAnswered(string provider)
    {
        await using var host = await ListenerHost.StartAsync(provider);
        using var logger = await LoggerSocket.ConnectAsync(host.Port);

        await logger.SendAsync(ModbusFrame(1, "20250315093015001", swapped: false));
        await logger.SendAsync(ModbusFrame(1, "20250315093015002", swapped: true));
        await logger.SendAsync(ListenerPackets.RealTime(1, "20250315093115", "20250315093115003"));
        var answers = await logger.ReadAnswersAsync(3, TimeSpan.FromSeconds(5));

        Assert.Equal([("9014", "20250315093115003")], answers.Select(a => (a.Cn, a.Qn!)).ToList());
        Assert.Equal(2, host.Snapshot.RejectionsByReason["crc-mismatch"]);
        await using var read = host.Database.CreateContext();
        Assert.Equal(1, await read.CemsFrames.CountAsync());
    }
}
