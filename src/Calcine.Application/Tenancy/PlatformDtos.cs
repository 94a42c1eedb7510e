namespace Calcine.Application.Tenancy;

public sealed record CompanySummary(int Id, string Name, int AssociationId);
public sealed record CompanyDetail(int Id, string Name, int AssociationId, string AssociationName, IReadOnlyList<PlantSummary> Plants);
public sealed record PlantSummary(int Id, string Code, string Name, int CompanyId, string Jurisdiction);
public sealed record KilnDto(string Name, string ProcessType);
public sealed record MillDto(string Name, string MillType);
public sealed record PlantDetail(int Id, string Code, string Name, int CompanyId, string Jurisdiction, int Version,
    IReadOnlyList<KilnDto> Kilns, IReadOnlyList<MillDto> Mills, IReadOnlyList<string> Stacks);

/// <summary>An edit of a plant's profile. Version is the one the editor read; kilns and mills,
/// when given, replace the plant's lists.</summary>
public sealed record PlantUpdate(string? Name, int Version, IReadOnlyList<KilnDto>? Kilns, IReadOnlyList<MillDto>? Mills);

public sealed record LoginRequest(string? Email, string? Password);
public sealed record AccountInfo(string Email, string DisplayName, IReadOnlyList<AssignmentDto> Roles);
public sealed record AssignmentDto(string Role, string Scope, int? ScopeId, string? Jurisdiction, int? Year);
