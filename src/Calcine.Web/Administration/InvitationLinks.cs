using System.Net.Mail;
using Calcine.Application.Administration;

namespace Calcine.Web.Administration;

/// <summary>Builds the invitation link and, only when <c>Mail:SmtpHost</c> is configured, mails it
/// too. No mail server is assumed: the link is always shown to the inviting admin.</summary>
public sealed class InvitationLinks(IConfiguration configuration, ILogger<InvitationLinks> log)
{
    public static string Link(HttpContext http, InvitationIssued i) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/invitations/{i.InvitationId}?token={Uri.EscapeDataString(i.Token)}";

    public async Task NotifyAsync(HttpContext http, InvitationIssued invitation, CancellationToken ct)
    {
        var host = configuration["Mail:SmtpHost"];
        if (string.IsNullOrEmpty(host))
        {
            return;
        }

        try
        {
            using var smtp = new SmtpClient(host, configuration.GetValue("Mail:SmtpPort", 25));
            using var message = new MailMessage(configuration["Mail:From"] ?? "calcine@localhost", invitation.Email,
                "Calcine invitation", $"Set your password here (the link works once): {Link(http, invitation)}");
            await smtp.SendMailAsync(message, ct);
        }
        catch (SmtpException e)
        {
            // The admin still has the link on screen; a mail failure must not undo the invitation.
            log.LogWarning(e, "Invitation {Id} could not be mailed", invitation.InvitationId);
        }
    }
}
