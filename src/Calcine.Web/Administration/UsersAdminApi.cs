using Calcine.Application.Administration;
using Calcine.Web.Platform;

namespace Calcine.Web.Administration;

/// <summary>People: invitations (the one-time link is in the answer, for the admin to pass on),
/// role assignments within the admin's scope, deactivation.</summary>
public static class UsersAdminApi
{
    public static void MapUsersAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/users").RequireAuthorization().WithTags("Administration");
        group.MapGet("/", async (UserAdministration admin, CancellationToken ct) => (await admin.ListAsync(ct)).ToHttp());
        group.MapPost("/invitations", async (NewInvitation body, HttpContext http, UserAdministration admin, InvitationLinks links, CancellationToken ct) =>
        {
            var outcome = await admin.InviteAsync(body, ct);
            if (outcome.IsOk)
            {
                await links.NotifyAsync(http, outcome.Value!, ct);
            }

            return outcome.ToHttp(i => TypedResults.Created($"/api/admin/users/{i.UserId}",
                new InvitationAnswer(i.InvitationId, i.UserId, i.Email, InvitationLinks.Link(http, i), i.ExpiresUtc)));
        });
        group.MapPost("/{userId}/roles", async (string userId, NewRole body, UserAdministration admin, CancellationToken ct) =>
            (await admin.AssignAsync(userId, body, ct)).ToHttp(r => TypedResults.Created($"/api/admin/users/{userId}", r)));
        group.MapDelete("/{userId}/roles/{assignmentId:int}", async (string userId, int assignmentId, UserAdministration admin, CancellationToken ct) =>
            (await admin.RevokeAsync(userId, assignmentId, ct)).ToHttp());
        group.MapPost("/{userId}/deactivate", async (string userId, UserAdministration admin, CancellationToken ct) =>
            (await admin.DeactivateAsync(userId, ct)).ToHttp());
        group.MapPost("/{userId}/reactivate", async (string userId, UserAdministration admin, CancellationToken ct) =>
            (await admin.ReactivateAsync(userId, ct)).ToHttp());

        app.MapPost("/api/invitations/{id:int}/accept", async (int id, InvitationAcceptance body, UserAdministration admin, CancellationToken ct) =>
            (await admin.AcceptAsync(id, body, ct)).ToHttp(email => TypedResults.Ok(new { email })))
            .AllowAnonymous().RequireRateLimiting(Platform.Api.AccountApi.LoginRateLimit).WithTags("Administration");
    }
}

/// <summary>What the inviting admin receives: the link to hand to the invitee (shown once).</summary>
public sealed record InvitationAnswer(int InvitationId, string UserId, string Email, string Link, DateTime ExpiresUtc);
