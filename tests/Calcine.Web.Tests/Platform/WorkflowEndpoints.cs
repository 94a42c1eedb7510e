namespace Calcine.Web.Tests.Platform;

/// <summary>The verification workflow endpoints as the tests call them, and which demo role may
/// do what on which plant (written by hand from docs/adr/0006, not read from the policy).</summary>
public static class WorkflowEndpoints
{
    /// <summary>Name, method, path under the plant, the action it needs (read, edit, verify, administer).
    /// The years are chosen so that an allowed call changes nothing: every step is invalid from
    /// the locked 2023 year, and reopening is invalid for the draft 2025 year.</summary>
    public static readonly (string Name, string Method, string Path, string Action)[] All =
    [
        ("status", "GET", "years/2023/status", "read"),
        ("findings-list", "GET", "years/2023/findings", "read"),
        ("versions-list", "GET", "years/2023/versions", "read"),
        ("version-get", "GET", "years/2023/versions/1", "read"),
        ("submit", "POST", "years/2023/submit", "edit"),
        ("withdraw", "POST", "years/2023/withdraw", "edit"),
        ("finding-answer", "POST", "years/2023/findings/1/answer", "edit"),
        ("start-verification", "POST", "years/2023/start-verification", "verify"),
        ("return", "POST", "years/2023/return", "verify"),
        ("sign-off", "POST", "years/2023/sign-off", "verify"),
        ("finding-raise", "POST", "years/2023/findings", "verify"),
        ("finding-close", "POST", "years/2023/findings/1/close", "verify"),
        ("reopen", "POST", "years/2025/reopen", "administer"),
    ];

    /// <summary>Plants on which each role may verify 2023 (the demo verifier is engaged for 2024 only)
    /// and administer.</summary>
    public static readonly Dictionary<string, (string[] Verify2023, string[] Administer)> Rights = new()
    {
        ["platform-admin"] = (DemoTenancy.Plants, DemoTenancy.Plants),
        ["association-analyst"] = ([], []),
        ["company-admin"] = ([], ["NR-01", "NR-02"]),
        ["plant-editor"] = ([], []),
        ["verifier"] = ([], []),
        ["regulator"] = ([], []),
        ["viewer"] = ([], []),
    };

    public static object? Body(string name) => name switch
    {
        "finding-raise" => new { text = "Coal LHV lacks a lab report for March.", severity = "major" },
        "finding-answer" => new { answer = "Lab report attached to the March month." },
        _ => null,
    };

    public static Task<HttpResponseMessage> CallAsync(PlatformClient client, int plantId, (string Name, string Method, string Path, string Action) e) =>
        e.Method == "GET"
            ? client.GetAsync($"api/plants/{plantId}/{e.Path}")
            : client.SendAsync(HttpMethod.Post, $"api/plants/{plantId}/{e.Path}", Body(e.Name),
                new Dictionary<string, string> { ["X-Change-Reason"] = "access matrix" });
}
