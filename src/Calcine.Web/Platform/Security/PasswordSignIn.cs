using Calcine.Application.Administration;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Platform.Security;

/// <summary>The one sign-in path of the API and the login page. Every attempt verifies exactly one
/// password hash: an unknown email and a locked account are checked against a dummy hash, so a
/// failure takes as long as a wrong password and timing tells no one which accounts exist.</summary>
public sealed class PasswordSignIn(SignInManager<CalcineUser> signIn, UserManager<CalcineUser> users, IPasswordHasher<CalcineUser> hasher,
    SelfService self, IHttpContextAccessor http)
{
    // Hashed once per process with the host's hasher; what it hashes is never a password.
    private static string? dummyHash;

    /// <summary>The signed-in user, or null for any failure (the caller answers them all alike).</summary>
    public async Task<CalcineUser?> SignInAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity returns at once for both; the dummy check takes the time a real one would.
            var dummy = new CalcineUser();
            hasher.VerifyHashedPassword(dummy, dummyHash ??= hasher.HashPassword(dummy, Guid.NewGuid().ToString()), password);
            return null;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return null;
        }

        // The user's own record of sign-ins (account page): when and from where.
        var request = http.HttpContext;
        await self.RecordSignInAsync(user.Id, request?.Connection.RemoteIpAddress?.ToString(), request?.Request.Headers.UserAgent.ToString(), CancellationToken.None);
        return user;
    }
}
