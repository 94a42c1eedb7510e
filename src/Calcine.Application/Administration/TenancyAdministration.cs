using System.Text.RegularExpressions;
using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

/// <summary>Creates the tenancy: associations and companies (platform administration), plants, kilns
/// and mills (the company's administration). Every row is audited by the interceptor.</summary>
public sealed partial class TenancyAdministration(CalcineDbContext db, AccessGuard guard)
{
    public static readonly IReadOnlyList<string> KilnProcessTypes = ["dry-precalciner", "dry-preheater", "dry-long", "semi-dry", "wet", "shaft"];
    public static readonly IReadOnlyList<string> MillTypes = ["raw", "coal", "cement"];

    public async Task<Outcome<Created>> CreateAssociationAsync(NewAssociation request, CancellationToken ct)
    {
        if (await guard.DecideAsync(ResourceKind.Platform, 0, AccessAction.Administer, ct) != AccessDecision.Allowed)
        {
            return Outcome<Created>.Forbidden("Only a platform administrator creates associations.");
        }

        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200);
        if (!errors.Any && await db.Associations.AnyAsync(a => a.Name == name, ct))
        {
            errors.Add("name", $"an association named '{name}' exists already");
        }

        if (errors.Any)
        {
            return errors.Invalid<Created>("Invalid association");
        }

        var association = new AssociationEntity { Name = name };
        db.Associations.Add(association);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Ok(new(association.Id, association.Name));
    }

    public async Task<Outcome<Created>> CreateCompanyAsync(NewCompany request, CancellationToken ct)
    {
        if (await guard.DecideAsync(ResourceKind.Platform, 0, AccessAction.Administer, ct) != AccessDecision.Allowed)
        {
            return Outcome<Created>.Forbidden("Only a platform administrator creates companies.");
        }

        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200);
        if (request.AssociationId is not { } associationId || !await db.Associations.AnyAsync(a => a.Id == associationId, ct))
        {
            errors.Add("associationId", "names no association");
        }

        if (!errors.Any && await db.Companies.AnyAsync(c => c.Name == name, ct))
        {
            errors.Add("name", $"a company named '{name}' exists already");
        }

        if (errors.Any)
        {
            return errors.Invalid<Created>("Invalid company");
        }

        var company = new CompanyEntity { Name = name, AssociationId = request.AssociationId!.Value };
        db.Companies.Add(company);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Ok(new(company.Id, company.Name));
    }

    public async Task<Outcome<Created>> CreatePlantAsync(int companyId, NewPlant request, CancellationToken ct)
    {
        var refusal = await RefuseAsync(ResourceKind.Company, companyId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var code = errors.Text("code", request.Code, 64);
        var name = errors.Text("name", request.Name, 200);
        var jurisdiction = request.Jurisdiction?.Trim().ToUpperInvariant() ?? "";
        if (!JurisdictionPattern().IsMatch(jurisdiction))
        {
            errors.Add("jurisdiction", "is an ISO 3166-2 subdivision code such as CN-AH");
        }

        if (code.Length > 0 && await db.Plants.AnyAsync(p => p.Code == code, ct))
        {
            errors.Add("code", $"a plant coded '{code}' exists already");
        }

        if (errors.Any)
        {
            return errors.Invalid<Created>("Invalid plant");
        }

        var plant = new PlantEntity { CompanyId = companyId, Code = code, Name = name, Jurisdiction = jurisdiction };
        db.Plants.Add(plant);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Ok(new(plant.Id, plant.Code));
    }

    public async Task<Outcome<Created>> AddKilnAsync(int plantId, NewKiln request, CancellationToken ct)
    {
        var refusal = await RefuseAsync(ResourceKind.Plant, plantId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 100);
        if (!KilnProcessTypes.Contains(request.ProcessType ?? ""))
        {
            errors.Add("processType", $"is one of {string.Join(", ", KilnProcessTypes)}");
        }

        if (errors.Any)
        {
            return errors.Invalid<Created>("Invalid kiln");
        }

        var kiln = new KilnEntity { PlantId = plantId, Name = name, ProcessType = request.ProcessType! };
        db.Kilns.Add(kiln);
        await BumpPlantAsync(plantId, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Ok(new(kiln.Id, kiln.Name));
    }

    public async Task<Outcome<Created>> AddMillAsync(int plantId, NewMill request, CancellationToken ct)
    {
        var refusal = await RefuseAsync(ResourceKind.Plant, plantId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 100);
        if (!MillTypes.Contains(request.MillType ?? ""))
        {
            errors.Add("millType", $"is one of {string.Join(", ", MillTypes)}");
        }

        if (errors.Any)
        {
            return errors.Invalid<Created>("Invalid mill");
        }

        var mill = new MillEntity { PlantId = plantId, Name = name, MillType = request.MillType! };
        db.Mills.Add(mill);
        await BumpPlantAsync(plantId, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Ok(new(mill.Id, mill.Name));
    }

    /// <summary>A profile edit moves the plant's version, so an editor holding the old one is told.</summary>
    private async Task BumpPlantAsync(int plantId, CancellationToken ct)
    {
        var plant = await db.Plants.SingleAsync(p => p.Id == plantId, ct);
        plant.Version++;
    }

    /// <summary>Null when the caller administers the resource; else its refusal (404 for what it cannot see).</summary>
    internal static Outcome<Created>? Refusal(AccessDecision decision) => decision switch
    {
        AccessDecision.Allowed => null,
        AccessDecision.Forbidden => Outcome<Created>.Forbidden("Only the company's administrators change its tenancy."),
        _ => Outcome<Created>.NotFound(),
    };

    private async Task<Outcome<Created>?> RefuseAsync(ResourceKind kind, int id, CancellationToken ct) =>
        Refusal(await guard.DecideAsync(kind, id, AccessAction.Administer, ct));

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex JurisdictionPattern();
}
