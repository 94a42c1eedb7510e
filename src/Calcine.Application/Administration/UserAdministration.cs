using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Administration;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

/// <summary>People of a tenant, managed by its administrators: invitations, role assignments within
/// what the admin administers, deactivation. A user is the admin's to manage when every role they
/// hold lies in scopes the admin administers (a platform admin manages everyone); anyone else
/// answers 404, like another tenant's plant.</summary>
public sealed class UserAdministration(CalcineDbContext db, AccessGuard guard, ICurrentUser current, UserManager<CalcineUser> users, TimeProvider clock)
{
    /// <summary>How long an invitation link works (the host sets Identity's token lifespan to match).</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<Outcome<IReadOnlyList<UserSummary>>> ListAsync(CancellationToken ct)
    {
        var administers = await guard.AdministeredScopesAsync(ct);
        var roles = await db.RoleAssignments.AsNoTracking().ToListAsync(ct);
        var platform = await IsPlatformAdminAsync(ct);
        var ids = platform ? null : roles.Where(r => administers(RoleRequest.Grant(r))).Select(r => r.UserId).ToHashSet();
        if (ids is { Count: 0 })
        {
            return Outcome<IReadOnlyList<UserSummary>>.Forbidden("Only administrators manage users.");
        }

        var people = await db.Users.AsNoTracking().Where(u => ids == null || ids.Contains(u.Id)).OrderBy(u => u.Email).ToListAsync(ct);
        var invited = await db.Invitations.AsNoTracking().Where(i => i.AcceptedUtc == null).Select(i => i.UserId).ToListAsync(ct);
        return Outcome<IReadOnlyList<UserSummary>>.Ok([.. people.Select(u => new UserSummary(u.Id, u.Email ?? "", u.DisplayName,
            !IsDeactivated(u), invited.Contains(u.Id), [.. roles.Where(r => r.UserId == u.Id).OrderBy(r => r.Id).Select(RoleRequest.Dto)]))]);
    }

    public async Task<Outcome<InvitationIssued>> InviteAsync(NewInvitation request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var email = errors.Text("email", request.Email, 256);
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@')))
        {
            errors.Add("email", "is an email address");
        }

        var name = errors.Text("displayName", request.DisplayName, 200);
        var grant = RoleRequest.Parse(request.Role, errors, "role");
        if (errors.Any)
        {
            return errors.Invalid<InvitationIssued>("Invalid invitation");
        }

        var may = await guard.MayGrantAsync(grant!, ct);
        if (may != AccessDecision.Allowed)
        {
            return may == AccessDecision.Forbidden
                ? Outcome<InvitationIssued>.Forbidden("The role is outside what you administer.")
                : Outcome<InvitationIssued>.NotFound();
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Outcome<InvitationIssued>.Invalid(new Dictionary<string, string[]> { ["email"] = ["an account with this email exists already"] }, "Invalid invitation");
        }

        var user = new CalcineUser { UserName = email, Email = email, DisplayName = name, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Outcome<InvitationIssued>.Invalid(new Dictionary<string, string[]> { ["email"] = [.. created.Errors.Select(e => e.Description)] }, "Invalid invitation");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new InvitationEntity
        {
            UserId = user.Id,
            Email = email,
            InvitedByUserId = ActorId,
            CompanyId = grant!.Scope == AssignmentScope.Company ? grant.ScopeId : null,
            PlantId = grant.Scope == AssignmentScope.Plant ? grant.ScopeId : null,
            CreatedUtc = now,
            ExpiresUtc = now + InvitationLifetime,
        };
        db.Invitations.Add(invitation);
        db.RoleAssignments.Add(RoleRequest.Entity(user.Id, grant));
        await db.SaveChangesAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return Outcome<InvitationIssued>.Ok(new(invitation.Id, user.Id, email, token, invitation.ExpiresUtc));
    }

    /// <summary>The invitee sets a password with the link's token. The token is Identity's password-reset
    /// token: setting the password changes the security stamp, so the link works once.</summary>
    public async Task<Outcome<string>> AcceptAsync(int invitationId, InvitationAcceptance request, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId);
        var unusable = Outcome<string>.NotFound("The invitation link is unknown, used or expired.", "Invitation not found");
        if (invitation is null || user is null || invitation.AcceptedUtc is not null || invitation.ExpiresUtc < clock.GetUtcNow().UtcDateTime || string.IsNullOrEmpty(request.Token))
        {
            return unusable;
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            return Outcome<string>.Invalid(new Dictionary<string, string[]> { ["password"] = ["is required"] }, "Invalid password");
        }

        var reset = await users.ResetPasswordAsync(user, request.Token, request.Password);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == "InvalidToken") ? unusable
                : Outcome<string>.Invalid(new Dictionary<string, string[]> { ["password"] = [.. reset.Errors.Select(e => e.Description)] }, "Invalid password");
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        invitation.AcceptedUtc = clock.GetUtcNow().UtcDateTime;
        db.AccountEvents.Add(Event(user.Id, AccountEventKinds.InvitationAccepted, invitation.CompanyId, user.Id));
        await db.SaveChangesAsync(ct);
        return Outcome<string>.Ok(user.Email ?? "");
    }

    public async Task<Outcome<RoleDto>> AssignAsync(string userId, NewRole request, CancellationToken ct)
    {
        if (await ManagedAsync(userId, ct) is null)
        {
            return Outcome<RoleDto>.NotFound();
        }

        var errors = new FieldErrors();
        var grant = RoleRequest.Parse(request, errors, "role");
        if (errors.Any)
        {
            return errors.Invalid<RoleDto>("Invalid role");
        }

        var may = await guard.MayGrantAsync(grant!, ct);
        if (may != AccessDecision.Allowed)
        {
            return may == AccessDecision.Forbidden ? Outcome<RoleDto>.Forbidden("The role is outside what you administer.") : Outcome<RoleDto>.NotFound();
        }

        var entity = RoleRequest.Entity(userId, grant!);
        db.RoleAssignments.Add(entity);
        await db.SaveChangesAsync(ct);
        return Outcome<RoleDto>.Ok(RoleRequest.Dto(entity));
    }

    public async Task<Outcome<RoleDto>> RevokeAsync(string userId, int assignmentId, CancellationToken ct)
    {
        var administers = await guard.AdministeredScopesAsync(ct);
        var entity = await db.RoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId && r.UserId == userId, ct);
        if (entity is null || !administers(RoleRequest.Grant(entity)))
        {
            return Outcome<RoleDto>.NotFound();
        }

        db.RoleAssignments.Remove(entity);
        await db.SaveChangesAsync(ct);
        return Outcome<RoleDto>.Ok(RoleRequest.Dto(entity));
    }

    /// <summary>Locks the account for good and changes its security stamp, which the host checks on
    /// every request: every open session of the user ends at once.</summary>
    public Task<Outcome<UserSummary>> DeactivateAsync(string userId, CancellationToken ct) => SetActiveAsync(userId, false, ct);

    public Task<Outcome<UserSummary>> ReactivateAsync(string userId, CancellationToken ct) => SetActiveAsync(userId, true, ct);

    private async Task<Outcome<UserSummary>> SetActiveAsync(string userId, bool active, CancellationToken ct)
    {
        var user = await ManagedAsync(userId, ct);
        if (user is null)
        {
            return Outcome<UserSummary>.NotFound();
        }

        if (user.Id == current.UserId)
        {
            return Outcome<UserSummary>.Conflict("Own account", "You cannot deactivate or reactivate your own account.");
        }

        user.LockoutEnabled = true;
        await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id).ToListAsync(ct);
        var company = roles.FirstOrDefault(r => r.Scope == AssignmentScope.Company)?.ScopeId;
        db.AccountEvents.Add(Event(userId, active ? AccountEventKinds.Reactivated : AccountEventKinds.Deactivated, company, ActorId));
        await db.SaveChangesAsync(ct);
        return Outcome<UserSummary>.Ok(new(user.Id, user.Email ?? "", user.DisplayName, active, false, [.. roles.Select(RoleRequest.Dto)]));
    }

    /// <summary>The user when the caller manages them: a platform admin everyone; another admin those
    /// whose every role (at least one) lies in what it administers.</summary>
    private async Task<CalcineUser?> ManagedAsync(string userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || await IsPlatformAdminAsync(ct))
        {
            return user;
        }

        var administers = await guard.AdministeredScopesAsync(ct);
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(ct);
        return roles.Count > 0 && roles.All(r => administers(RoleRequest.Grant(r))) ? user : null;
    }

    private async Task<bool> IsPlatformAdminAsync(CancellationToken ct) =>
        await guard.DecideAsync(ResourceKind.Platform, 0, AccessAction.Administer, ct) == AccessDecision.Allowed;

    private static bool IsDeactivated(CalcineUser u) => u.LockoutEnd == DateTimeOffset.MaxValue;

    private string ActorId => current.UserId ?? current.ApiKey?.KeyId ?? "system";

    private AccountEventEntity Event(string userId, string kind, int? company, string by) =>
        new() { UserId = userId, Kind = kind, CompanyId = company, ByUserId = by, AtUtc = clock.GetUtcNow().UtcDateTime };
}
