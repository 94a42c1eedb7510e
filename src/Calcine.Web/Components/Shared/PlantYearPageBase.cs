using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Tenancy;
using Microsoft.AspNetCore.Components;

namespace Calcine.Web.Components.Shared;

/// <summary>A page about one plant's reporting year. Access goes through the same policy as the API:
/// a plant the user may not read answers 404, as if it did not exist.</summary>
public abstract class PlantYearPageBase : ComponentBase
{
    [Parameter]
    public int Id { get; set; }

    [Parameter]
    public int Year { get; set; }

    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    [Inject]
    protected AccessGuard Guard { get; set; } = null!;

    [Inject]
    protected PlantOverview Plants { get; set; } = null!;

    /// <summary>Null until the plant is known to be readable by the user.</summary>
    protected string? PlantCode { get; set; }

    protected bool MayEdit { get; private set; }

    /// <summary>Checks access and loads the plant's code; false (and a 404 status) when hidden.</summary>
    protected async Task<bool> OpenAsync(CancellationToken ct = default)
    {
        if (!PlantYearStore.ValidYear(Year) ||
            await Guard.DecideAsync(ResourceKind.Plant, Id, AccessAction.Read, ct) != AccessDecision.Allowed)
        {
            if (HttpContext is { Response.HasStarted: false })
            {
                HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return false;
        }

        PlantCode = await Plants.CodeAsync(Id, ct);
        MayEdit = await Guard.DecideAsync(ResourceKind.Plant, Id, AccessAction.Edit, ct) == AccessDecision.Allowed;
        return true;
    }

    protected string YearUrl => $"/plants/{Id}/years/{Year}";
}
