using Calcine.Domain.Verification;

namespace Calcine.Domain.Tests.Verification;

public class ReportingYearWorkflowTests
{
    [Theory]
    [InlineData("draft", WorkflowStep.Submit, "submitted")]
    [InlineData("reopened", WorkflowStep.Submit, "submitted")]
    [InlineData("submitted", WorkflowStep.Withdraw, "draft")]
    [InlineData("submitted", WorkflowStep.StartVerification, "under-verification")]
    [InlineData("under-verification", WorkflowStep.Return, "draft")]
    [InlineData("under-verification", WorkflowStep.SignOff, "verified")]
    [InlineData("verified", WorkflowStep.Reopen, "reopened")]
    [InlineData("locked", WorkflowStep.Reopen, "reopened")]
    public void Apply_AllowedStep_LeadsToTheNextStatus(string from, WorkflowStep step, string expected)
    {
        var result = ReportingYearWorkflow.Apply(from, step);

        Assert.True(result.Success);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Apply_EveryStepFromEveryOtherStatus_FailsNamingTheCurrentStatus()
    {
        string[] statuses = ["draft", "submitted", "under-verification", "verified", "locked", "reopened"];
        foreach (var step in Enum.GetValues<WorkflowStep>())
        {
            foreach (var status in statuses.Except(ReportingYearWorkflow.AllowedFrom(step)))
            {
                var result = ReportingYearWorkflow.Apply(status, step);

                Assert.False(result.Success, $"{step} from {status}");
                Assert.Contains(status, result.Errors[0].Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Apply_SignOffWithUnclosedFindings_IsRefused()
    {
        var result = ReportingYearWorkflow.Apply("under-verification", WorkflowStep.SignOff, unresolvedFindings: 2);

        Assert.False(result.Success);
        Assert.Equal("findings", result.Errors[0].Path);
    }

    [Theory]
    [InlineData("draft", true)]
    [InlineData("reopened", true)]
    [InlineData("submitted", false)]
    [InlineData("under-verification", false)]
    [InlineData("verified", false)]
    [InlineData("locked", false)]
    public void IsEditable_EachStatus_OnlyWhileTheCompanyHoldsTheYear(string status, bool expected) =>
        Assert.Equal(expected, ReportingYearStatus.IsEditable(status));

    [Fact]
    public void Next_UnderVerification_OffersReturnAndSignOffOnly() =>
        Assert.Equal([WorkflowStep.Return, WorkflowStep.SignOff], ReportingYearWorkflow.Next("under-verification").Order());
}
