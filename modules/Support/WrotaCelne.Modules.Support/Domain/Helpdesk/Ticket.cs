using System.Net.Mail;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Domain.Helpdesk;

/// <summary>A question to the helpdesk from a customer organization.</summary>
internal sealed class Ticket
{
    /// <summary>The first answer is promised within one helpdesk working day.</summary>
    public static readonly TimeSpan ResponseTime = TimeSpan.FromHours(8);

    private Ticket()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Subject { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public TicketStatus Status { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public DateTime ResponseDueUtc { get; private set; }

    public static Ticket Open(Guid organizationId, string subject, string description, string contactEmail, DateTime nowUtc, HelpdeskCalendar calendar)
    {
        var errors = new InputErrors().Require("subject", subject, 200).Require("description", description, 10_000);
        if (organizationId == Guid.Empty)
        {
            errors.Add("organizationId", "organization.required", "The organization is required.");
        }

        if (string.IsNullOrWhiteSpace(contactEmail) || contactEmail.Length > 254 || !MailAddress.TryCreate(contactEmail.Trim(), out _))
        {
            errors.Add("contactEmail", "contactEmail.invalid", "Give an e-mail address the helpdesk can answer to.");
        }

        errors.ThrowIfAny();
        return new Ticket
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Subject = subject.Trim(),
            Description = description.Trim(),
            ContactEmail = contactEmail.Trim(),
            Status = TicketStatus.Open,
            OpenedAtUtc = nowUtc,
            ResponseDueUtc = calendar.AddWorkingTime(nowUtc, ResponseTime),
        };
    }
}
