using Calcine.Domain.Results;

namespace Calcine.Domain.Verification;

/// <summary>The statuses of a plant's reporting year (stored as these strings).</summary>
public static class ReportingYearStatus
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string UnderVerification = "under-verification";
    public const string Verified = "verified";
    /// <summary>Closed without a sign-off on the platform (a year verified elsewhere, or seeded
    /// closed): treated like <see cref="Verified"/>, it can only be reopened.</summary>
    public const string Locked = "locked";
    public const string Reopened = "reopened";

    /// <summary>Data may change only while the company holds the year.</summary>
    public static bool IsEditable(string status) => status is Draft or Reopened;
}

/// <summary>A move of the verification workflow; who may ask for it is the access policy's
/// business, not the workflow's.</summary>
public enum WorkflowStep
{
    /// <summary>The company hands the year to its verifier.</summary>
    Submit,
    /// <summary>The company takes a submitted year back before verification starts.</summary>
    Withdraw,
    /// <summary>The engaged verifier starts work on a submitted year.</summary>
    StartVerification,
    /// <summary>The verifier hands the year back to the company for corrections.</summary>
    Return,
    /// <summary>The verifier signs the year off; it is then locked.</summary>
    SignOff,
    /// <summary>The company opens a verified year again (the signed version is kept).</summary>
    Reopen,
}

/// <summary>The verification workflow of a reporting year as a state machine: which step is
/// allowed from which status, and where it leads. Pure: no clock, no storage.</summary>
public static class ReportingYearWorkflow
{
    private static readonly Dictionary<WorkflowStep, (string[] From, string To)> Steps = new()
    {
        [WorkflowStep.Submit] = ([ReportingYearStatus.Draft, ReportingYearStatus.Reopened], ReportingYearStatus.Submitted),
        [WorkflowStep.Withdraw] = ([ReportingYearStatus.Submitted], ReportingYearStatus.Draft),
        [WorkflowStep.StartVerification] = ([ReportingYearStatus.Submitted], ReportingYearStatus.UnderVerification),
        [WorkflowStep.Return] = ([ReportingYearStatus.UnderVerification], ReportingYearStatus.Draft),
        [WorkflowStep.SignOff] = ([ReportingYearStatus.UnderVerification], ReportingYearStatus.Verified),
        [WorkflowStep.Reopen] = ([ReportingYearStatus.Verified, ReportingYearStatus.Locked], ReportingYearStatus.Reopened),
    };

    /// <summary>The statuses from which <paramref name="step"/> is allowed.</summary>
    public static IReadOnlyList<string> AllowedFrom(WorkflowStep step) => Steps[step].From;

    /// <summary>The status after <paramref name="step"/>, or why it is not allowed now. A sign-off
    /// needs every finding closed: <paramref name="unresolvedFindings"/> counts those still open or answered.</summary>
    public static Result<string> Apply(string current, WorkflowStep step, int unresolvedFindings = 0)
    {
        var (from, to) = Steps[step];
        if (!from.Contains(current, StringComparer.Ordinal))
        {
            return Result<string>.Fail("status", $"{Name(step)} is not possible while the year is {current}; it needs {string.Join(" or ", from)}.");
        }

        if (step == WorkflowStep.SignOff && unresolvedFindings > 0)
        {
            return Result<string>.Fail("findings", $"{unresolvedFindings} finding(s) are not closed; every finding must be closed before sign-off.");
        }

        return Result<string>.Ok(to);
    }

    /// <summary>Which steps are possible from <paramref name="current"/> (for clients to show).</summary>
    public static IReadOnlyList<WorkflowStep> Next(string current) =>
        [.. Steps.Where(s => s.Value.From.Contains(current, StringComparer.Ordinal)).Select(s => s.Key)];

    public static string Name(WorkflowStep step) => step switch
    {
        WorkflowStep.StartVerification => "start-verification",
        WorkflowStep.SignOff => "sign-off",
        _ => step.ToString().ToLowerInvariant(),
    };
}

/// <summary>A verifier's finding moves open → answered (the company replies, and may reply again)
/// → closed (the verifier accepts it; an open finding may also be closed directly).</summary>
public static class FindingStatus
{
    public const string Open = "open";
    public const string Answered = "answered";
    public const string Closed = "closed";

    public static bool CanAnswer(string status) => status is Open or Answered;

    public static bool CanClose(string status) => status is Open or Answered;
}

public static class FindingSeverity
{
    public const string Minor = "minor";
    public const string Major = "major";
    public const string Critical = "critical";

    public static readonly IReadOnlyList<string> All = [Minor, Major, Critical];
}
