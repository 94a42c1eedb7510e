using System.Globalization;
using System.Security.Claims;
using Calcine.Application.Access;
using Calcine.Storage.Identity;

namespace Calcine.Web.Platform.ApiKeys;

/// <summary>Writes a key into a principal and reads it back. The principal has no user id
/// (NameIdentifier), so nothing that looks for a person mistakes a machine for its creator.</summary>
public static class ApiKeyPrincipal
{
    private const string KeyIdClaim = "calcine:api_key";
    private const string CreatorClaim = "calcine:api_key_creator";
    private const string RoleClaim = "calcine:api_key_role";
    private const string ScopeClaim = "calcine:api_key_scope";
    private const string ScopeIdClaim = "calcine:api_key_scope_id";
    private const string JurisdictionClaim = "calcine:api_key_jurisdiction";
    private const string YearClaim = "calcine:api_key_year";

    public static ClaimsPrincipal Create(ApiKeyEntity key, string scheme)
    {
        var claims = new List<Claim>
        {
            new(KeyIdClaim, key.KeyId),
            new(ClaimTypes.Name, $"{key.Name} (API key)"),
            new(CreatorClaim, key.CreatedByUserId),
            new(RoleClaim, key.Role),
            new(ScopeClaim, key.Scope.ToString()),
        };
        Add(claims, ScopeIdClaim, key.ScopeId?.ToString(CultureInfo.InvariantCulture));
        Add(claims, JurisdictionClaim, key.Jurisdiction);
        Add(claims, YearClaim, key.Year?.ToString(CultureInfo.InvariantCulture));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Only an identity issued by the API-key scheme counts: a claim of the same name in a
    /// person's cookie (user claims are free-form) is ignored.</summary>
    public static bool TryRead(ClaimsPrincipal? principal, out ApiKeyCaller key)
    {
        key = null!;
        var identity = principal?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == ApiKeyAuthentication.Scheme);
        if (identity?.FindFirst(KeyIdClaim)?.Value is not { } keyId
            || identity.FindFirst(CreatorClaim)?.Value is not { } creator
            || identity.FindFirst(RoleClaim)?.Value is not { } role
            || !Enum.TryParse<AssignmentScope>(identity.FindFirst(ScopeClaim)?.Value, out var scope))
        {
            return false;
        }

        var name = identity.FindFirst(ClaimTypes.Name)?.Value ?? keyId;
        key = new ApiKeyCaller(keyId, name, creator, new Grant(role, scope, Int(identity, ScopeIdClaim),
            identity.FindFirst(JurisdictionClaim)?.Value, Int(identity, YearClaim)));
        return true;
    }

    public static bool IsApiKey(ClaimsPrincipal? principal) => TryRead(principal, out _);

    private static void Add(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }

    private static int? Int(ClaimsIdentity identity, string type) =>
        int.TryParse(identity.FindFirst(type)?.Value, CultureInfo.InvariantCulture, out var v) ? v : null;
}
