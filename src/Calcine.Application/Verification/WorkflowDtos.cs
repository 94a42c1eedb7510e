using System.Text.Json;

namespace Calcine.Application.Verification;

/// <summary>Where a reporting year stands in the verification workflow, and what can happen next.</summary>
public sealed record WorkflowStatus(
    int PlantId, int Year, string Status, int Version, bool Editable, IReadOnlyList<string> NextSteps,
    int UnresolvedFindings, int SignedVersions);

public sealed record FindingView(
    int Id, string Text, string Severity, string Status,
    string RaisedBy, DateTimeOffset RaisedUtc,
    string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredUtc,
    string? ClosedBy, DateTimeOffset? ClosedUtc, int Version);

public sealed record RaiseFinding(string? Text, string? Severity);

public sealed record AnswerFinding(string? Answer);

/// <summary><paramref name="AuditHead"/>: the audit chain's head at sign-off, "COUNT:HASH" for <c>calcine audit verify --expect-head</c>.</summary>
public sealed record VersionSummary(int Number, string SignedBy, DateTimeOffset SignedUtc, string DocumentSha256, string InventorySha256, string AuditHead);

/// <summary>A signed version whole: the plant-year/1 document and the GCCA inventory as signed.</summary>
public sealed record VersionDetail(
    int PlantId, int Year, int Number, string SignedBy, DateTimeOffset SignedUtc,
    string DocumentSha256, string InventorySha256, JsonElement Document, JsonElement Inventory, string AuditHead);
