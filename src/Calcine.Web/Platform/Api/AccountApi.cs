using Calcine.Application.Tenancy;
using Calcine.Storage;
using Calcine.Storage.Identity;
using Calcine.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Api;

public static class AccountApi
{
    public const string LoginRateLimit = "login";

    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", LoginAsync).RequireRateLimiting(LoginRateLimit).AllowAnonymous();
        group.MapPost("/logout", LogoutAsync).RequireAuthorization();
        group.MapGet("/me", MeAsync).RequireAuthorization();
    }

    /// <summary>Sets the session cookie. A wrong password, an unknown email and a locked-out account
    /// all get the same answer, so the endpoint reveals neither accounts nor lockouts.</summary>
    public static async Task<Results<Ok<AccountInfo>, ProblemHttpResult>> LoginAsync(LoginRequest request, PasswordSignIn signIn, CalcineDbContext db)
    {
        var user = await signIn.SignInAsync(request.Email, request.Password);
        return user is not null
            ? TypedResults.Ok(await InfoAsync(user, db))
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The email or password is wrong, or the account is temporarily locked.");
    }

    /// <summary>Ends every session of the account, not only this cookie: a copy of it kept
    /// elsewhere answers 401 from now on.</summary>
    public static async Task<NoContent> LogoutAsync(HttpContext http, SignInManager<CalcineUser> signIn, UserManager<CalcineUser> users)
    {
        await SessionValidation.EndAllSessionsAsync(users, http.User);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<AccountInfo>, UnauthorizedHttpResult>> MeAsync(HttpContext http, UserManager<CalcineUser> users, CalcineDbContext db)
    {
        var user = await users.GetUserAsync(http.User);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(await InfoAsync(user, db));
    }

    private static async Task<AccountInfo> InfoAsync(CalcineUser user, CalcineDbContext db)
    {
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).OrderBy(r => r.Id)
            .Select(r => new AssignmentDto(r.Role, r.Scope.ToString(), r.ScopeId, r.Jurisdiction, r.Year)).ToListAsync();
        return new AccountInfo(user.Email ?? "", user.DisplayName, roles);
    }
}
