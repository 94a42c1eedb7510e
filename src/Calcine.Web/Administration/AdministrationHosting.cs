using Calcine.Application.Administration;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Administration;

public static class AdministrationHosting
{
    /// <summary>Identity's token providers (invitation links are its password-reset tokens, valid as
    /// long as an invitation) and the optional mailer of the links.</summary>
    public static IServiceCollection AddAdministrationWeb(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(CalcineUser), services).AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = UserAdministration.InvitationLifetime);
        services.AddSingleton<InvitationLinks>();
        return services;
    }

    public static void MapAdministration(this IEndpointRouteBuilder app)
    {
        app.MapTenancyAdminApi();
        app.MapUsersAdminApi();
        app.MapSelfServiceApi();
    }
}
