using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Calcine.Application.ApiKeys;

/// <summary>The key a machine presents: <c>calc_&lt;id&gt;_&lt;secret&gt;</c>, where the id is 16
/// lowercase hex digits (64 random bits, public: it finds the row) and the secret is 256 random
/// bits in unpadded base64url (43 characters). The length is fixed, so anything else is refused
/// before it reaches the database.</summary>
public static class ApiKeyToken
{
    public const string Prefix = "calc_";
    public const int KeyIdLength = 16;
    public const int SecretLength = 43;
    public const int Length = 5 + KeyIdLength + 1 + SecretLength;

    public sealed record Issued(string KeyId, string Token, byte[] SecretHash);

    public static Issued Create()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdLength / 2));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new Issued(keyId, $"{Prefix}{keyId}_{secret}", Hash(keyId, secret));
    }

    /// <summary>SHA-256 over id and secret. A plain hash is enough: the secret has 256 random bits,
    /// so there is nothing to guess and no need for a slow password hash.</summary>
    public static byte[] Hash(string keyId, string secret) => SHA256.HashData(Encoding.ASCII.GetBytes($"{keyId}.{secret}"));

    /// <summary>Reads <c>Bearer calc_…</c>; false for anything else, whatever its length or characters.</summary>
    public static bool TryParseBearer(string? header, out string keyId, out string secret)
    {
        keyId = "";
        secret = "";
        const string bearer = "Bearer ";
        if (header is null || header.Length != bearer.Length + Length || !header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = header.AsSpan(bearer.Length);
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + KeyIdLength] != '_')
        {
            return false;
        }

        var id = token.Slice(Prefix.Length, KeyIdLength);
        var rest = token[(Prefix.Length + KeyIdLength + 1)..];
        if (!IsLowerHex(id) || !IsBase64Url(rest))
        {
            return false;
        }

        keyId = id.ToString();
        secret = rest.ToString();
        return true;
    }

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> Base64UrlChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static bool IsLowerHex(ReadOnlySpan<char> s) => !s.ContainsAnyExcept(LowerHex);

    private static bool IsBase64Url(ReadOnlySpan<char> s) => !s.ContainsAnyExcept(Base64UrlChars);
}
