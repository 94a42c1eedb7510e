using Calcine.Application.Access;
using Calcine.Domain.Verification;

namespace Calcine.Application.Verification;

/// <summary>The access action each workflow step needs (docs/adr/0006), in one table so the API's
/// endpoints and the verification page's forms are guarded alike.</summary>
public static class WorkflowStepAccess
{
    public static readonly IReadOnlyList<(WorkflowStep Step, AccessAction Action)> All =
    [
        (WorkflowStep.Submit, AccessAction.Edit),
        (WorkflowStep.Withdraw, AccessAction.Edit),
        (WorkflowStep.StartVerification, AccessAction.Verify),
        (WorkflowStep.Return, AccessAction.Verify),
        (WorkflowStep.SignOff, AccessAction.Verify),
        // Reopening a signed year is the company's decision, not a plant editor's.
        (WorkflowStep.Reopen, AccessAction.Administer),
    ];

    public static AccessAction ActionFor(WorkflowStep step) => All.Single(s => s.Step == step).Action;
}
