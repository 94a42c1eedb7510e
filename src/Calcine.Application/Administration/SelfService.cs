using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Administration;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

/// <summary>What every signed-in person does for themselves: change their password, see their sign-ins.</summary>
public sealed class SelfService(CalcineDbContext db, ICurrentUser current, UserManager<CalcineUser> users, TimeProvider clock)
{
    public const int SignInsShown = 20;

    /// <summary>Identity changes the security stamp with the password, so every session (this one
    /// too, until the host renews its cookie) ends and the old password is refused from now on.</summary>
    public async Task<Outcome<string>> ChangePasswordAsync(PasswordChange request, CancellationToken ct)
    {
        var user = current.UserId is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return Outcome<string>.Forbidden("Only a person signed in with a password changes it.");
        }

        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            errors.Add("currentPassword", "is required");
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            errors.Add("newPassword", "is required");
        }
        else if (request.NewPassword == request.CurrentPassword)
        {
            errors.Add("newPassword", "differs from the current password");
        }

        if (errors.Any)
        {
            return errors.Invalid<string>("Invalid password change");
        }

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                errors.Add(error.Code == "PasswordMismatch" ? "currentPassword" : "newPassword",
                    error.Code == "PasswordMismatch" ? "is not your current password" : error.Description);
            }

            return errors.Invalid<string>("Invalid password change");
        }

        db.AccountEvents.Add(new AccountEventEntity
        {
            UserId = user.Id,
            Kind = AccountEventKinds.PasswordChanged,
            ByUserId = user.Id,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<string>.Ok(user.Id);
    }

    public async Task<Outcome<IReadOnlyList<SignInDto>>> SignInsAsync(CancellationToken ct)
    {
        if (current.UserId is not { } id)
        {
            return Outcome<IReadOnlyList<SignInDto>>.Forbidden("Only a person has sign-ins.");
        }

        var list = await db.SignIns.AsNoTracking().Where(s => s.UserId == id).OrderByDescending(s => s.AtUtc).Take(SignInsShown)
            .Select(s => new SignInDto(s.AtUtc, s.ClientAddress, s.UserAgent)).ToListAsync(ct);
        return Outcome<IReadOnlyList<SignInDto>>.Ok(list);
    }

    /// <summary>Called by the host after a successful password sign-in.</summary>
    public async Task RecordSignInAsync(string userId, string? address, string? userAgent, CancellationToken ct)
    {
        db.SignIns.Add(new SignInRecordEntity
        {
            UserId = userId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ClientAddress = address is { Length: > 64 } ? address[..64] : address,
            UserAgent = userAgent is { Length: > 300 } ? userAgent[..300] : userAgent,
        });
        await db.SaveChangesAsync(ct);
    }
}
