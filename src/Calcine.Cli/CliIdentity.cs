using Calcine.Storage;
using Calcine.Storage.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Cli;

/// <summary>Identity's user store on the application's DbContext, so the CLI creates accounts with
/// the same UserManager, password hasher and password policy as the web host (which registers its
/// own in PlatformSecurity; the policy values below mirror it and must change with it).</summary>
public static class CliIdentity
{
    public static IServiceCollection AddCliIdentity(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<CalcineUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CalcineDbContext>();
        return services;
    }
}
