using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Components;

public static class AccountPages
{
    /// <summary>The UI's sign-out: a form post with an antiforgery token (a link would let any site sign users out).</summary>
    public static void MapAccountPages(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (SignInManager<CalcineUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
}
