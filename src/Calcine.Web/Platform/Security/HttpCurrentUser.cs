using System.Security.Claims;
using Calcine.Application.Access;
using Calcine.Web.Platform.ApiKeys;
using Calcine.Web.Platform.Audit;

namespace Calcine.Web.Platform.Security;

/// <summary>The acting user of a web request, read from its principal: the session cookie's person
/// or the API key a machine called with. Nothing else in the host reads claims to find the caller.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public string? UserId => ApiKey is null ? Principal?.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? DisplayName => ApiKey?.Name
        ?? Principal?.FindFirstValue(CalcineClaimsFactory.DisplayNameClaim) ?? Principal?.Identity?.Name;

    public ApiKeyCaller? ApiKey => ApiKeyPrincipal.TryRead(Principal, out var key) ? key : null;

    public bool IsSystem => false;
}
