using System.Globalization;
using Calcine.Application.Access;
using Calcine.Application.Cems;
using Calcine.Application.Cems.Compliance;
using Calcine.Storage;
using Calcine.Storage.Administration;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

/// <summary>Creates a plant's stacks and changes what they are judged by. Every change of rules,
/// standard, limit set or clock is a new numbered revision (audited); the months it alters are
/// evaluated again at once and named in the revision.</summary>
public sealed class StackAdministration(CalcineDbContext db, AccessGuard guard, ICurrentUser current, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Pollutants = ["pm", "so2", "nox", "nh3", StackChannelNames.Flow];

    /// <summary>Months further back than this are not evaluated again on a change (they are on their next read).</summary>
    private const int RerunMonthsMax = 13;

    public async Task<Outcome<Created>> CreateAsync(int plantId, NewStack request, CancellationToken ct)
    {
        var refusal = TenancyAdministration.Refusal(await guard.DecideAsync(ResourceKind.Plant, plantId, AccessAction.Administer, ct));
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var code = errors.Text("code", request.Code, 64);
        var name = errors.Text("name", request.Name, 200);
        var offset = Offset(errors, request.UtcOffsetMinutes ?? 480);
        var settings = Settings(errors, request.Rules, request.Standard, request.Limits);
        var channels = Channels(errors, request.Channels ?? []);
        if (code.Length > 0 && await db.Stacks.AnyAsync(s => s.Code == code, ct))
        {
            errors.Add("code", $"a stack coded '{code}' exists already");
        }

        if (errors.Any)
        {
            return errors.Invalid<Created>("Invalid stack");
        }

        var plantCode = await db.Plants.Where(p => p.Id == plantId).Select(p => p.Code).SingleAsync(ct);
        var stack = new StackEntity
        {
            Code = code,
            Name = name,
            PlantId = plantId,
            PlantCode = plantCode,
            UtcOffsetMinutes = offset,
            ComplianceRules = settings.Rules,
            ComplianceStandard = settings.Standard,
            ComplianceLimitsJson = settings.LimitsJson,
            Channels = channels,
        };
        db.Stacks.Add(stack);
        await db.SaveChangesAsync(ct);
        db.StackLimitsRevisions.Add(Revision(stack, 1, []));
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Ok(new(stack.Id, stack.Code));
    }

    public async Task<Outcome<StackLimitsView>> ViewAsync(int stackId, CancellationToken ct)
    {
        var decision = await guard.DecideAsync(ResourceKind.Stack, stackId, AccessAction.Read, ct);
        if (decision != AccessDecision.Allowed)
        {
            return decision == AccessDecision.NotVisible ? Outcome<StackLimitsView>.NotFound() : Outcome<StackLimitsView>.Forbidden();
        }

        var stack = await db.Stacks.AsNoTracking().SingleAsync(s => s.Id == stackId, ct);
        var revisions = await db.StackLimitsRevisions.AsNoTracking().Where(r => r.StackId == stackId).OrderByDescending(r => r.Revision).ToListAsync(ct);
        return Outcome<StackLimitsView>.Ok(new(stack.Id, stack.Code, stack.PlantId, stack.ComplianceRules, stack.ComplianceStandard,
            stack.ComplianceLimitsJson, stack.UtcOffsetMinutes, revisions.Select(r => r.Revision).DefaultIfEmpty(0).Max(),
            [.. revisions.Select(r => new LimitsRevisionDto(r.Revision, r.Rules, r.Standard, r.LimitsJson, r.UtcOffsetMinutes, r.ByUserId, r.AtUtc,
                string.IsNullOrEmpty(r.MonthsRerun) ? [] : r.MonthsRerun.Split(", ")))]));
    }

    public async Task<Outcome<LimitsChanged>> ChangeAsync(int stackId, StackLimitsChange request, CancellationToken ct)
    {
        var decision = await guard.DecideAsync(ResourceKind.Stack, stackId, AccessAction.Administer, ct);
        if (decision != AccessDecision.Allowed)
        {
            return decision == AccessDecision.NotVisible ? Outcome<LimitsChanged>.NotFound()
                : Outcome<LimitsChanged>.Forbidden("Only the company's administrators change a stack's limits.");
        }

        var stack = await db.Stacks.SingleAsync(s => s.Id == stackId, ct);
        var latest = await db.StackLimitsRevisions.Where(r => r.StackId == stackId).MaxAsync(r => (int?)r.Revision, ct) ?? 0;
        if (request.Revision != latest)
        {
            return Outcome<LimitsChanged>.Conflict("Limits changed meanwhile",
                $"Revision {latest} was saved after revision {request.Revision} was read; reload and apply the change again.",
                new Dictionary<string, object?> { ["currentRevision"] = latest });
        }

        var errors = new FieldErrors();
        var offset = Offset(errors, request.UtcOffsetMinutes ?? stack.UtcOffsetMinutes);
        var settings = Settings(errors, request.Rules, request.Standard, request.Limits);
        if (errors.Any)
        {
            return errors.Invalid<LimitsChanged>("Invalid limits");
        }

        var before = new StackComplianceSettings(stack.ComplianceRules, stack.ComplianceStandard, stack.ComplianceLimitsJson).Resolve();
        var first = offset != stack.UtcOffsetMinutes ? DateOnly.MinValue
            : LimitChangeMonths.FirstChangedDay(before.Success ? before.Value : null, settings.Resolve().Value);
        stack.ComplianceRules = settings.Rules;
        stack.ComplianceStandard = settings.Standard;
        stack.ComplianceLimitsJson = settings.LimitsJson;
        stack.UtcOffsetMinutes = offset;
        var months = first is { } day ? await RerunAsync(stack, day, ct) : [];
        db.StackLimitsRevisions.Add(Revision(stack, latest + 1, months));
        await db.SaveChangesAsync(ct);
        return Outcome<LimitsChanged>.Ok(new(stackId, latest + 1, months));
    }

    /// <summary>Evaluates again, under the new settings, each recent month with data that the change
    /// alters. The stack page's cache is keyed by the settings, so no page shows the old result.</summary>
    private async Task<IReadOnlyList<string>> RerunAsync(StackEntity changed, DateOnly first, CancellationToken ct)
    {
        var days = await db.CemsDays.AsNoTracking().Where(d => d.StackId == changed.Id).Select(d => d.Day).Distinct().ToListAsync(ct);
        var months = LimitChangeMonths.Affected(first, days);
        var compliance = new StackComplianceService(db);
        var stored = await compliance.FindAsync(changed.Id, ct);
        var stack = stored! with { Settings = SettingsOf(changed), UtcOffset = TimeSpan.FromMinutes(changed.UtcOffsetMinutes) };
        foreach (var month in months.TakeLast(RerunMonthsMax))
        {
            var evaluated = await compliance.MonthAsync(stack, int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..], CultureInfo.InvariantCulture), ct);
            if (!evaluated.Success)
            {
                throw new InvalidOperationException($"Settings that resolved failed to evaluate {month}: {evaluated.Errors[0].Message}");
            }
        }

        return months;
    }

    private static StackComplianceSettings SettingsOf(StackEntity s) => new(s.ComplianceRules, s.ComplianceStandard, s.ComplianceLimitsJson);

    private StackLimitsRevisionEntity Revision(StackEntity stack, int number, IReadOnlyList<string> months) => new()
    {
        StackId = stack.Id,
        PlantId = stack.PlantId,
        Revision = number,
        Rules = stack.ComplianceRules,
        Standard = stack.ComplianceStandard,
        LimitsJson = stack.ComplianceLimitsJson,
        UtcOffsetMinutes = stack.UtcOffsetMinutes,
        ByUserId = current.UserId ?? current.ApiKey?.KeyId ?? "system",
        AtUtc = clock.GetUtcNow().UtcDateTime,
        MonthsRerun = months.Count == 0 ? null : string.Join(", ", months),
    };

    private static int Offset(FieldErrors errors, int minutes)
    {
        if (minutes is < -720 or > 840 || minutes % 15 != 0)
        {
            errors.Add("utcOffsetMinutes", "is a whole quarter-hour between -720 and 840");
        }

        return minutes;
    }

    /// <summary>Empty texts mean "not set". Errors name the field; a limit set's, its JSON path.</summary>
    private static StackComplianceSettings Settings(FieldErrors errors, string? rules, string? standard, string? limits)
    {
        var settings = new StackComplianceSettings(Blank(rules), Blank(standard), Blank(limits));
        if (settings.Rules is not null && !CemsRuleSets.Ids.Contains(settings.Rules))
        {
            errors.Add("rules", $"is one of {string.Join(", ", CemsRuleSets.Ids)}");
            return settings;
        }

        if (settings.Rules is null)
        {
            if (settings.Standard is not null || settings.LimitsJson is not null)
            {
                errors.Add("rules", "is required when a standard or limit set is given");
            }

            return settings;
        }

        var resolved = settings.Resolve();
        foreach (var error in resolved.Success ? [] : resolved.Errors)
        {
            var field = error.Path.StartsWith("limits", StringComparison.Ordinal) ? "limits" : error.Path.Length == 0 ? "rules" : error.Path;
            errors.Add(field, error.Path.StartsWith("limits: ", StringComparison.Ordinal) ? $"{error.Path["limits: ".Length..]}: {error.Message}" : error.Message);
        }

        return settings;
    }

    private static List<StackChannelEntity> Channels(FieldErrors errors, IReadOnlyList<NewChannel> channels)
    {
        var list = new List<StackChannelEntity>();
        for (var i = 0; i < channels.Count; i++)
        {
            var c = channels[i];
            var field = $"channels[{i}]";
            var pollutant = c.Pollutant?.Trim().ToLowerInvariant() ?? "";
            var flow = pollutant == StackChannelNames.Flow;
            string[] units = flow ? ["m3/s", "m3/h"] : ["mg/m3", "ppm"];
            if (!Pollutants.Contains(pollutant))
            {
                errors.Add($"{field}.pollutant", $"is one of {string.Join(", ", Pollutants)}");
            }
            else if (list.Any(l => l.Pollutant == pollutant))
            {
                errors.Add($"{field}.pollutant", $"{pollutant} is listed twice");
            }

            if (!units.Contains(c.Unit))
            {
                errors.Add($"{field}.unit", $"is one of {string.Join(", ", units)}");
            }

            if (c.Basis is not ("dry" or "wet"))
            {
                errors.Add($"{field}.basis", "is dry or wet");
            }

            if (c.ReferenceO2Percent is { } o2 && (flow || !double.IsFinite(o2) || o2 is < 0 or > 20.9))
            {
                errors.Add($"{field}.referenceO2Percent", flow ? "does not apply to flow" : "is between 0 and 20.9");
            }

            list.Add(new StackChannelEntity { Pollutant = pollutant, Unit = c.Unit ?? "", Basis = c.Basis ?? "", ReferenceO2Percent = c.ReferenceO2Percent });
        }

        return list;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
