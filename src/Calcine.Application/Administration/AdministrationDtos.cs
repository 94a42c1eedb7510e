namespace Calcine.Application.Administration;

public sealed record NewAssociation(string? Name);
public sealed record NewCompany(string? Name, int? AssociationId);
public sealed record NewPlant(string? Code, string? Name, string? Jurisdiction);
public sealed record NewKiln(string? Name, string? ProcessType);
public sealed record NewMill(string? Name, string? MillType);
public sealed record NewChannel(string? Pollutant, string? Unit, string? Basis, double? ReferenceO2Percent);

/// <summary>A stack of a plant: its code (the HJ 212 MN is mapped to it by the device list), its
/// clock, what it is judged by, and its analyser channels.</summary>
public sealed record NewStack(string? Code, string? Name, int? UtcOffsetMinutes, string? Rules, string? Standard, string? Limits,
    IReadOnlyList<NewChannel>? Channels);

/// <summary>A change of what a stack is judged by. <see cref="Revision"/> is the one the editor read
/// (0 when the stack had none), so two admins never silently overwrite each other.</summary>
public sealed record StackLimitsChange(string? Rules, string? Standard, string? Limits, int? UtcOffsetMinutes, int Revision);

public sealed record Created(int Id, string Name);
public sealed record LimitsRevisionDto(int Revision, string? Rules, string? Standard, string? Limits, int UtcOffsetMinutes,
    string ByUserId, DateTime AtUtc, IReadOnlyList<string> MonthsRerun);
public sealed record StackLimitsView(int StackId, string Code, int? PlantId, string? Rules, string? Standard, string? Limits,
    int UtcOffsetMinutes, int Revision, IReadOnlyList<LimitsRevisionDto> Revisions);
public sealed record LimitsChanged(int StackId, int Revision, IReadOnlyList<string> MonthsRerun);

public sealed record NewRole(string? Role, string? Scope, int? ScopeId, string? Jurisdiction, int? Year);
public sealed record NewInvitation(string? Email, string? DisplayName, NewRole? Role);

/// <summary>What the inviting admin is shown once: the link carries Identity's one-time token.</summary>
public sealed record InvitationIssued(int InvitationId, string UserId, string Email, string Token, DateTime ExpiresUtc);
public sealed record InvitationAcceptance(string? Token, string? Password);
public sealed record RoleDto(int Id, string Role, string Scope, int? ScopeId, string? Jurisdiction, int? Year);
public sealed record UserSummary(string Id, string Email, string DisplayName, bool Active, bool Invited, IReadOnlyList<RoleDto> Roles);

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);
public sealed record SignInDto(DateTime AtUtc, string? ClientAddress, string? UserAgent);
public sealed record NewReportingYear(int? Year);
public sealed record ReportingYearCreated(int PlantId, int Year, string Status);
