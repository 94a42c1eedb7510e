using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Ingestion;

public enum DeviceCheck { Accepted, UnknownMn, WrongPassword, Disabled }

/// <summary>Known data loggers by MN, cached after the first look-up. HJ 212 sends the access
/// password in clear in every packet; the database keeps only a salted hash, compared in
/// constant time.</summary>
public sealed class DeviceRegistry(StorageOptions storage)
{
    private static readonly byte[] DummySalt = RandomNumberGenerator.GetBytes(16);

    private readonly ConcurrentDictionary<string, Device?> cache = new(StringComparer.Ordinal);

    public sealed record Device(int Id, string Mn, byte[] Hash, byte[] Salt, bool Enabled, bool AcceptModbusCrc);

    public async ValueTask<(DeviceCheck Check, Device? Device)> CheckAsync(string mn, string? password, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(mn, out var device))
        {
            await using var db = CalcineDbContextFactory.Create(storage);
            var row = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Mn == mn, cancellationToken);
            device = row is null ? null : new Device(row.Id, row.Mn, row.PasswordHash, row.PasswordSalt, row.Enabled, row.AcceptModbusCrc);
            if (device is not null)
            {
                cache[mn] = device; // unknown MNs are not cached: a device registered later is accepted at once
            }
        }

        // The hash is computed whatever the outcome, so the work done does not tell an unknown MN
        // from a wrong password (the listener also answers every failure after the same delay).
        var hash = Hash(password ?? "", device?.Salt ?? DummySalt);
        var matches = device is not null && CryptographicOperations.FixedTimeEquals(hash, device.Hash);
        if (device is null)
        {
            return (DeviceCheck.UnknownMn, null);
        }

        if (!device.Enabled)
        {
            return (DeviceCheck.Disabled, device);
        }

        return matches ? (DeviceCheck.Accepted, device) : (DeviceCheck.WrongPassword, device);
    }

    /// <summary>Forget cached entries, e.g. after a device was added or its password changed.</summary>
    public void Invalidate() => cache.Clear();

    public static byte[] Hash(string password, byte[] salt) =>
        SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);

    public static (byte[] Hash, byte[] Salt) NewHash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return (Hash(password, salt), salt);
    }
}
