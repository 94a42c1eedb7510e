using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Calcine.Storage.Audit;

/// <summary>Before/after JSON of one tracked entity: properties sorted by name, secrets left out.</summary>
internal static class AuditSnapshot
{
    /// <summary>Never logged, whatever entity carries them: Identity's password hash and stamps,
    /// device secrets. A second line of defence behind <see cref="NotAuditedAttribute"/>.</summary>
    private static readonly HashSet<string> Secrets = new(StringComparer.OrdinalIgnoreCase)
    { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PasswordSalt" };

    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static bool IsAudited(PropertyEntry p) =>
        !Secrets.Contains(p.Metadata.Name) && p.Metadata.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute)) != true;

    public static string Write(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            foreach (var p in properties.Where(IsAudited).OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
            {
                json.WritePropertyName(p.Metadata.Name);
                var v = value(p);
                if (v is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    JsonSerializer.Serialize(json, v, v.GetType(), Options);
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Key(EntityEntry entry) => string.Join(",",
        entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    public static string TypeName(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        return name.EndsWith("Entity", StringComparison.Ordinal) ? name[..^"Entity".Length] : name;
    }
}
