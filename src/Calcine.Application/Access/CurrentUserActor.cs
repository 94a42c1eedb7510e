using Calcine.Storage.Audit;

namespace Calcine.Application.Access;

public static class CurrentUserActor
{
    /// <summary>The acting user as the audit log and the signatures on findings and versions name
    /// them: an API key by its id and name, a person by id and display name, else the system.</summary>
    public static AuditActor AsAuditActor(this ICurrentUser user) =>
        user.ApiKey is { } key ? AuditActor.ApiKey(key.KeyId, key.Name)
        : user.UserId is { } id ? AuditActor.User(id, user.DisplayName)
        : AuditActor.System;
}
