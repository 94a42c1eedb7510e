using Calcine.Application.Administration;
using Calcine.Storage.Identity;
using Calcine.Web.Platform;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Administration;

/// <summary>The signed-in person's own account: password and recent sign-ins.</summary>
public static class SelfServiceApi
{
    public static void MapSelfServiceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").RequireAuthorization().WithTags("Account");
        group.MapPost("/password", async (PasswordChange body, SelfService self, UserManager<CalcineUser> users, SignInManager<CalcineUser> signIn, CancellationToken ct) =>
        {
            var outcome = await self.ChangePasswordAsync(body, ct);
            if (outcome.IsOk && await users.FindByIdAsync(outcome.Value!) is { } user)
            {
                // The new security stamp ended every session; this one continues under a fresh cookie.
                await signIn.RefreshSignInAsync(user);
            }

            return outcome.ToHttp(_ => TypedResults.NoContent());
        });
        group.MapGet("/sign-ins", async (SelfService self, CancellationToken ct) => (await self.SignInsAsync(ct)).ToHttp());
    }
}
