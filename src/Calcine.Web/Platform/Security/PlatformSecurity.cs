using System.Threading.RateLimiting;
using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Identity;
using Calcine.Web.Platform.Api;
using Calcine.Web.Platform.ApiKeys;
using Calcine.Web.Platform.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Web.Platform.Security;

public static class PlatformSecurity
{
    /// <summary>Identity for people (cookie, lockout, password policy), API keys for machines, and the
    /// login rate limit (Security:LoginPermitsPerMinute per client address). The DbContext, the access
    /// guard and the acting user come with the application layer (AddCalcineApplication).</summary>
    public static IServiceCollection AddPlatformSecurity(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        // Keys beside the database, so sign-ins survive a restart.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys"))).SetApplicationName("Calcine");

        // People sign in with the session cookie; machines call /api with an API key. The default
        // scheme picks one per request, so endpoints and the access guard see one principal.
        services.AddAuthentication(ApiKeyAuthentication.CookieOrApiKey)
            .AddPolicyScheme(ApiKeyAuthentication.CookieOrApiKey, "Session cookie or API key", o => o.ForwardDefaultSelector = ApiKeyAuthentication.SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, "API key", null)
            .AddIdentityCookies();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddIdentityCore<CalcineUser>(o =>
            {
                // Length over composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedLogins", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CalcineDbContext>()
            .AddClaimsPrincipalFactory<CalcineClaimsFactory>()
            .AddSignInManager();
        services.AddScoped<PasswordSignIn>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "calcine.session";
            o.Cookie.HttpOnly = true;
            // Strict: the browser never sends the session on a cross-site request, which is what
            // protects the JSON API from CSRF; form posts of the UI add antiforgery tokens.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            // The API answers 401/403 with ProblemDetails; pages send the visitor to the sign-in page.
            o.LoginPath = "/login";
            o.Events.OnRedirectToLogin = c => IsApi(c.Request)
                ? WriteProblemAsync(c.HttpContext, StatusCodes.Status401Unauthorized, "Sign in first")
                : Redirect(c.Response, c.RedirectUri);
            o.Events.OnRedirectToAccessDenied = c => WriteProblemAsync(c.HttpContext, StatusCodes.Status403Forbidden, "Forbidden");
        });

        var permits = configuration.GetValue("Security:LoginPermitsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountApi.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (c, _) => new ValueTask(WriteProblemAsync(c.HttpContext, StatusCodes.Status429TooManyRequests, "Too many sign-in attempts; wait a minute"));
        });
        return services;
    }

    public static void UsePlatformSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodeAnswers();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuditContext();
        app.UseGrantsBeforePages();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }

    /// <summary>A signed-in user's grants are loaded once per request, before a page renders: the
    /// page's checks reuse them, and the navigation shows only the links the roles may open
    /// without a query of its own beside the page's.</summary>
    private static void UseGrantsBeforePages(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            await context.RequestServices.GetRequiredService<AccessGuard>().UserAsync(context.RequestAborted);
        }

        await next(context);
    });

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Redirect(HttpResponse response, string uri)
    {
        response.Redirect(uri);
        return Task.CompletedTask;
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title },
        }).AsTask();
    }
}
