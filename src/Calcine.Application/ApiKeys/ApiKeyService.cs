using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.ApiKeys;

/// <summary>People create, list and revoke keys for machines. Who may issue which grant is the
/// access guard's answer (<see cref="AccessGuard.MayGrantAsync"/>); creation and revocation reach
/// the audit log through <c>IAudited</c>. That a key cannot manage keys is checked at the edge.</summary>
public sealed class ApiKeyService(AccessGuard guard, CalcineDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    /// <summary>The title of an invalid creation (the framework's default wording, kept as the API's contract).</summary>
    private const string InvalidTitle = "One or more validation errors occurred.";

    public async Task<Outcome<CreatedApiKey>> CreateAsync(CreateApiKey request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (grant, errors) = Validate(request, now);
        if (grant is null)
        {
            return Outcome<CreatedApiKey>.Invalid(errors, InvalidTitle);
        }

        switch (await guard.MayGrantAsync(grant, ct))
        {
            case AccessDecision.NotVisible:
                return Outcome<CreatedApiKey>.NotFound();
            case AccessDecision.Forbidden:
                return Outcome<CreatedApiKey>.Forbidden("You may issue keys only over what you administer, and never with more rights than your own.");
        }

        var issued = ApiKeyToken.Create();
        var key = new ApiKeyEntity
        {
            KeyId = issued.KeyId,
            Name = request.Name!.Trim(),
            SecretHash = issued.SecretHash,
            Role = grant.Role,
            Scope = grant.Scope,
            ScopeId = grant.ScopeId,
            Jurisdiction = grant.Jurisdiction,
            Year = grant.Year,
            CreatedByUserId = (await guard.UserAsync(ct)).UserId,
            CreatedUtc = now,
            ExpiresUtc = request.ExpiresAt?.UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        var creator = await db.Users.AsNoTracking().Where(u => u.Id == key.CreatedByUserId).Select(u => u.Email).SingleAsync(ct);
        return Outcome<CreatedApiKey>.Ok(new CreatedApiKey(ToDto(key, creator), issued.Token));
    }

    /// <summary>The keys the caller created, and every key over a scope the caller administers.</summary>
    public async Task<List<ApiKeyDto>> ListAsync(CancellationToken ct)
    {
        var caller = (await guard.UserAsync(ct)).UserId;
        var administers = await guard.AdministeredScopesAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id)
            .Join(db.Users, k => k.CreatedByUserId, u => u.Id, (k, u) => new { Key = k, u.Email }).ToListAsync(ct);
        return keys.Where(k => k.Key.CreatedByUserId == caller || administers(GrantOf(k.Key)))
            .Select(k => ToDto(k.Key, k.Email)).ToList();
    }

    /// <summary>Revokes at once (the next call with the key is 401). Revoking a revoked key changes
    /// nothing; a key the caller may not list is not found.</summary>
    public async Task<Outcome<string>> RevokeAsync(string keyId, CancellationToken ct)
    {
        var caller = (await guard.UserAsync(ct)).UserId;
        var key = keyId.Length == ApiKeyToken.KeyIdLength ? await db.ApiKeys.SingleOrDefaultAsync(k => k.KeyId == keyId, ct) : null;
        if (key is null || (key.CreatedByUserId != caller && !(await guard.AdministeredScopesAsync(ct))(GrantOf(key))))
        {
            return Outcome<string>.NotFound();
        }

        if (!key.Revoked)
        {
            key.Revoked = true;
            key.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        return Outcome<string>.Ok(key.KeyId);
    }

    private static (Grant? Grant, Dictionary<string, string[]> Errors) Validate(CreateApiKey r, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"a key needs a name of 1 to {MaxNameLength} characters"];
        }

        if (r.Role is null || !PlatformRoles.All.Contains(r.Role, StringComparer.Ordinal))
        {
            errors["role"] = [$"role is one of: {string.Join(", ", PlatformRoles.All)}"];
        }

        var scope = Enum.GetValues<AssignmentScope>().Cast<AssignmentScope?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), r.Scope, StringComparison.OrdinalIgnoreCase));
        switch (scope)
        {
            case null:
                errors["scope"] = ["scope is one of: platform, association, company, plant, jurisdiction"];
                break;
            case AssignmentScope.Platform when r.ScopeId is not null || r.Jurisdiction is not null:
                errors["scope"] = ["a platform key has neither scopeId nor jurisdiction"];
                break;
            case AssignmentScope.Jurisdiction when r.ScopeId is not null || string.IsNullOrWhiteSpace(r.Jurisdiction) || r.Jurisdiction.Length > 16:
                errors["jurisdiction"] = ["a jurisdiction key names a jurisdiction code (up to 16 characters) and no scopeId"];
                break;
            case AssignmentScope.Association or AssignmentScope.Company or AssignmentScope.Plant when r.ScopeId is null || r.Jurisdiction is not null:
                errors["scopeId"] = [$"a {scope.ToString()!.ToLowerInvariant()} key names its scopeId and no jurisdiction"];
                break;
        }

        if (r.Year is < 1990 or > 2100)
        {
            errors["year"] = ["year is a reporting year (1990 to 2100)"];
        }

        if (r.ExpiresAt is { } expires && expires.UtcDateTime <= now)
        {
            errors["expiresAt"] = ["expiresAt must be in the future"];
        }

        return errors.Count > 0 ? (null, errors) : (new Grant(r.Role!, scope!.Value, r.ScopeId, r.Jurisdiction?.Trim(), r.Year), errors);
    }

    private static Grant GrantOf(ApiKeyEntity k) => new(k.Role, k.Scope, k.ScopeId, k.Jurisdiction, k.Year);

    private static ApiKeyDto ToDto(ApiKeyEntity k, string? creator) => new(k.KeyId, k.Name, k.Role, k.Scope.ToString(), k.ScopeId, k.Jurisdiction, k.Year,
        creator ?? k.CreatedByUserId, Utc(k.CreatedUtc), k.ExpiresUtc is { } e ? Utc(e) : null, k.LastUsedUtc is { } l ? Utc(l) : null,
        k.Revoked, k.RevokedUtc is { } r ? Utc(r) : null);

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
