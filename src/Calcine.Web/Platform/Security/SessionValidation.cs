using System.Security.Claims;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Platform.Security;

/// <summary>Checks a session cookie against the account on every request, so that a cookie stops
/// working the moment its account signs out (anywhere), changes its password, or is locked or
/// deactivated. Identity's own validator checks only every 30 minutes and ignores lockout.</summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<CalcineUser>>();
        if (context.Principal is { } principal && await StillValidAsync(users, principal))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Ends every session of the user: their cookies carry the old stamp.</summary>
    public static async Task EndAllSessionsAsync(UserManager<CalcineUser> users, ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }

    private static async Task<bool> StillValidAsync(UserManager<CalcineUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        var stamp = principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        if (user is null || stamp is null || stamp != await users.GetSecurityStampAsync(user))
        {
            return false;
        }

        if (await users.IsLockedOutAsync(user))
        {
            // A new stamp, so the session stays ended when a temporary lockout runs out.
            await users.UpdateSecurityStampAsync(user);
            return false;
        }

        return true;
    }
}
