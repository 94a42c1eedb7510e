namespace Calcine.Storage.Identity;

/// <summary>The role names stored in role assignments.</summary>
public static class PlatformRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string AssociationAnalyst = "association-analyst";
    public const string CompanyAdmin = "company-admin";
    public const string PlantEditor = "plant-editor";
    public const string Verifier = "verifier";
    public const string Regulator = "regulator";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All =
        [PlatformAdmin, AssociationAnalyst, CompanyAdmin, PlantEditor, Verifier, Regulator, Viewer];
}
