using Calcine.Storage.Identity;
using Calcine.Web.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Components;

public static class AccountPages
{
    /// <summary>The UI's sign-out: a form post with an antiforgery token (a link would let any site
    /// sign users out). The antiforgery middleware's verdict is checked here: a minimal endpoint
    /// rejects a bad token by itself only when it binds a form. It ends every session of the account.</summary>
    public static void MapAccountPages(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<CalcineUser> signIn, UserManager<CalcineUser> users) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or invalid",
                    detail: "Sign out with the page's Sign out button.");
            }

            await SessionValidation.EndAllSessionsAsync(users, http.User);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
}
