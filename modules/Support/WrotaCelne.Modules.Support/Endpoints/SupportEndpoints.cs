using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Support.Contracts;
using WrotaCelne.Modules.Support.Contracts.Helpdesk;
using WrotaCelne.Modules.Support.Contracts.Tickets;
using WrotaCelne.Modules.Support.Contracts.Training;

namespace WrotaCelne.Modules.Support.Endpoints;

internal static class SupportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var support = endpoints.MapGroup("/api/v1/support").WithTags("Support");
        support.MapGet("/helpdesk", async (ISupportModule module, CancellationToken ct) => TypedResults.Ok(await module.ExecuteQueryAsync(new GetHelpdeskStatus(), ct)))
            .WithName("GetHelpdeskStatus")
            .WithSummary("Whether the helpdesk (working days 8:00-16:00 Warsaw time) is open now, and when it opens next.");
        support.MapPost("/tickets", OpenTicketAsync)
            .RequireAuthorization(AccessPolicies.Permission(SupportPermissions.Tickets))
            .WithName("OpenTicket")
            .WithSummary("Opens a helpdesk ticket; the first answer is due one helpdesk working day later.")
            .ProducesValidationProblem();
        support.MapGet("/tickets/{ticketId:guid}", async Task<Ok<TicketDto>> (Guid ticketId, ClaimsPrincipal user, ISupportModule module, CancellationToken ct) =>
                TypedResults.Ok(await module.ExecuteQueryAsync(new GetTicket(user.OrganizationId(), ticketId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(SupportPermissions.Tickets))
            .WithName("GetTicket")
            .WithSummary("Reads a ticket of the organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var training = endpoints.MapGroup("/api/v1/training").WithTags("Training");
        training.MapPost("/sessions", ScheduleAsync)
            .RequireAuthorization(AccessPolicies.PlatformOperator)
            .WithName("ScheduleTrainingSession")
            .WithSummary("Schedules a remote presentation or a training (platform operators).")
            .ProducesValidationProblem();
        training.MapGet("/sessions", async (ISupportModule module, CancellationToken ct) => TypedResults.Ok(await module.ExecuteQueryAsync(new ListUpcomingTrainingSessions(), ct)))
            .WithName("ListTrainingSessions")
            .WithSummary("Lists upcoming presentations and trainings.");
    }

    private static async Task<Created<TicketDto>> OpenTicketAsync(NewTicketRequest request, ClaimsPrincipal user, ISupportModule module, CancellationToken cancellationToken)
    {
        var ticket = await module.ExecuteCommandAsync(new OpenTicket(user.OrganizationId(), request.Subject ?? "", request.Description ?? "", request.ContactEmail ?? ""), cancellationToken);
        return TypedResults.Created($"/api/v1/support/tickets/{ticket.Id}", ticket);
    }

    private static async Task<Created<TrainingSessionDto>> ScheduleAsync(ScheduleTrainingSession command, ISupportModule module, CancellationToken cancellationToken)
    {
        var session = await module.ExecuteCommandAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/training/sessions/{session.Id}", session);
    }
}

/// <summary>The body of a new ticket; the organization is the caller's.</summary>
internal sealed record NewTicketRequest(string? Subject, string? Description, string? ContactEmail);
