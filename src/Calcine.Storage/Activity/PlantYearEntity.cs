using Calcine.Domain.Verification;
using Calcine.Storage.Audit;
using Calcine.Storage.Tenancy;

namespace Calcine.Storage.Activity;

/// <summary>One plant's reporting year: its workflow status, and either twelve months of activity
/// data or an imported plant-year document (whichever <see cref="Source"/> names).</summary>
public sealed class PlantYearEntity : IAudited
{
    public AuditScope TenantScope() => new(null, PlantId);

    public int Id { get; set; }
    public int PlantId { get; set; }
    public PlantEntity? Plant { get; set; }
    public int Year { get; set; }
    /// <summary>See <see cref="PlantYearStatus"/>. A string so the later workflow can add states
    /// without a schema change.</summary>
    public string Status { get; set; } = PlantYearStatus.Draft;
    /// <summary>Optimistic concurrency token of the year and its months: every accepted edit
    /// increments it (portable across SQLite and PostgreSQL).</summary>
    public int Version { get; set; } = 1;
    /// <summary><c>months</c> (the document is aggregated from the months) or <c>document</c>
    /// (an imported plant-year document is the year's data).</summary>
    public string Source { get; set; } = PlantYearSources.Months;
    /// <summary>The imported plant-year/1 document, UTF-8 JSON, when Source is document.</summary>
    public string? DocumentJson { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
    public List<MonthlyActivityEntity> Months { get; set; } = [];
}

/// <summary>The workflow's statuses (<see cref="ReportingYearStatus"/>), under the name the data code uses.</summary>
public static class PlantYearStatus
{
    public const string Draft = ReportingYearStatus.Draft;
    public const string Submitted = ReportingYearStatus.Submitted;
    public const string UnderVerification = ReportingYearStatus.UnderVerification;
    public const string Verified = ReportingYearStatus.Verified;
    public const string Locked = ReportingYearStatus.Locked;
    public const string Reopened = ReportingYearStatus.Reopened;

    /// <summary>Data may change only while the company holds the year.</summary>
    public static bool IsEditable(string status) => ReportingYearStatus.IsEditable(status);
}

public static class PlantYearSources
{
    public const string Months = "months";
    public const string Document = "document";
}
