using System.Security.Claims;
using Calcine.Application.Access;
using Calcine.Storage.Audit;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Platform.Audit;

/// <summary>Fills the request's <see cref="AuditContext"/>: the signed-in user from the cookie
/// principal or the API key a machine called with, the reason from the <c>X-Change-Reason</c>
/// header (a header rather than a body field, so every verb and every endpoint, DELETE included,
/// carries it the same way; non-ASCII text is sent percent-encoded UTF-8).</summary>
public static class AuditRequestContext
{
    public const string ReasonHeader = "X-Change-Reason";

    public static void UseAuditContext(this WebApplication app) => app.Use(async (context, next) =>
    {
        var audit = context.RequestServices.GetRequiredService<AuditContext>();
        audit.Actor = context.RequestServices.GetRequiredService<ICurrentUser>().AsAuditActor();

        if (context.Request.Headers[ReasonHeader].ToString() is { Length: > 0 } raw)
        {
            var reason = FoldControls(Uri.UnescapeDataString(raw)).Trim();
            if (reason.Length > AuditContext.MaxReasonLength)
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Change reason too long",
                    detail: $"{ReasonHeader} holds at most {AuditContext.MaxReasonLength} characters.").ExecuteAsync(context);
                return;
            }

            audit.Reason = reason.Length > 0 ? reason : null;
        }

        await next(context);
    });

    /// <summary>A reason is one line in the log and in every view of it: CR/LF (sent percent-encoded)
    /// and any other control character become a space, runs of them one space.</summary>
    public static string FoldControls(string reason)
    {
        var text = new System.Text.StringBuilder(reason.Length);
        foreach (var c in reason)
        {
            if (!char.IsControl(c))
            {
                text.Append(c);
            }
            else if (text.Length == 0 || text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}

/// <summary>Puts the display name into the session cookie, so audit entries name the person without
/// a lookup per change.</summary>
public sealed class CalcineClaimsFactory(UserManager<CalcineUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CalcineUser>(users, options)
{
    public const string DisplayNameClaim = "calcine:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CalcineUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
