using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Api;

public sealed record AuditEntryDto(long Sequence, DateTime At, string ActorKind, string ActorId, string? ActorName,
    int? CompanyId, int? PlantId, string EntityType, string EntityKey, string Action,
    JsonElement? Before, JsonElement? After, string? Reason, string PreviousHash, string Hash);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, int Total);

/// <summary>The chain's head: record it elsewhere and pass it to <c>calcine audit verify --expect-head COUNT:HASH</c>.</summary>
public sealed record AuditHeadDto(long Count, string Hash, string ExpectHead);

/// <summary>GET /api/audit: the audit log, newest first, filtered to what the caller may read
/// (AccessAction.ReadAudit in the one access policy).</summary>
public static class AuditApi
{
    public const int MaxPageSize = 200;

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").RequireAuthorization().WithTags("Audit");
        group.MapGet("/", ListAsync);
        group.MapGet("/head", HeadAsync);
    }

    /// <summary>GET /api/audit/head: the whole chain's head (count and last hash). The chain is one for
    /// the platform, so its head tells nothing of any tenant's entries beyond their number; it is
    /// given to whoever may read some part of the log (the roles of <c>GET /api/audit</c>), else 403.</summary>
    public static async Task<Results<Ok<AuditHeadDto>, ProblemHttpResult>> HeadAsync(AccessGuard guard, CalcineDbContext db, CancellationToken ct)
    {
        if (await guard.DecideAsync(ResourceKind.Platform, 0, AccessAction.ReadAudit, ct) != AccessDecision.Allowed
            && (await guard.VisibleAsync(ResourceKind.Company, ct, AccessAction.ReadAudit)).Count == 0
            && (await guard.VisibleAsync(ResourceKind.Plant, ct, AccessAction.ReadAudit)).Count == 0)
        {
            return Forbidden();
        }

        var head = await AuditHead.ReadAsync(db, ct);
        return TypedResults.Ok(new AuditHeadDto(head.Count, head.Hash, head.ToString()));
    }

    public static async Task<Results<Ok<AuditPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int? plantId, int? companyId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        AccessGuard guard, CalcineDbContext db, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var errors = new Dictionary<string, string[]>();
        if (number < 1)
        {
            errors["page"] = ["page starts at 1"];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is 1 to {MaxPageSize}"];
        }

        if (from > to)
        {
            errors["from"] = ["from must not be after to"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.AuditLog.AsNoTracking();
        if (plantId is { } plant)
        {
            if (await DeniedAsync(guard, ResourceKind.Plant, plant, ct) is { } denied)
            {
                return denied;
            }

            query = query.Where(e => e.PlantId == plant);
        }

        if (companyId is { } company)
        {
            // With a plant already allowed, the company only narrows the plant's entries.
            if (plantId is null && await DeniedAsync(guard, ResourceKind.Company, company, ct) is { } denied)
            {
                return denied;
            }

            query = query.Where(e => e.CompanyId == company);
        }

        if (plantId is null && companyId is null
            && await guard.DecideAsync(ResourceKind.Platform, 0, AccessAction.ReadAudit, ct) != AccessDecision.Allowed)
        {
            var companies = (await guard.VisibleAsync(ResourceKind.Company, ct, AccessAction.ReadAudit)).Select(id => (int?)id).ToList();
            var plants = (await guard.VisibleAsync(ResourceKind.Plant, ct, AccessAction.ReadAudit)).Select(id => (int?)id).ToList();
            if (companies.Count == 0 && plants.Count == 0)
            {
                return Forbidden();
            }

            query = query.Where(e => companies.Contains(e.CompanyId) || plants.Contains(e.PlantId));
        }

        if (from is { } f)
        {
            var since = f.UtcDateTime;
            query = query.Where(e => e.At >= since);
        }

        if (to is { } t)
        {
            var until = t.UtcDateTime;
            query = query.Where(e => e.At < until);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.Sequence).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage([.. rows.Select(ToDto)], number, size, total));
    }

    private static async Task<ProblemHttpResult?> DeniedAsync(AccessGuard guard, ResourceKind kind, int id, CancellationToken ct) =>
        await guard.DecideAsync(kind, id, AccessAction.ReadAudit, ct) switch
        {
            AccessDecision.Allowed => null,
            AccessDecision.Forbidden => Forbidden(),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        };

    private static ProblemHttpResult Forbidden() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
        detail: "Your roles do not allow reading this audit log.");

    private static AuditEntryDto ToDto(AuditEntryEntity e) => new(e.Sequence, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.ActorKind, e.ActorId, e.ActorName,
        e.CompanyId, e.PlantId, e.EntityType, e.EntityKey, e.Action, Json(e.Before), Json(e.After), e.Reason, e.PreviousHash, e.Hash);

    private static JsonElement? Json(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
