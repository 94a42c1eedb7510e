using Microsoft.AspNetCore.Identity;

namespace Calcine.Storage.Identity;

/// <summary>A person who signs in. What they may do comes from their role assignments, never from
/// the user row itself.</summary>
public sealed class CalcineUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public List<RoleAssignmentEntity> RoleAssignments { get; set; } = [];
}
