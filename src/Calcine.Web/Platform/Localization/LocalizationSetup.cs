using Microsoft.AspNetCore.Localization;

namespace Calcine.Web.Platform.Localization;

public static class LocalizationSetup
{
    /// <summary>Resources under Resources/ (English text as key, no English .resx); the culture from
    /// the user's stored choice, then the culture cookie, then Accept-Language, then English.</summary>
    public static IServiceCollection AddCalcineLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddScoped<Components.Shared.PageMessages>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = SupportedCultures.All();
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures.English);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new UserCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CulturePreference.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>After authentication, so the user's stored choice is known.</summary>
    public static void UseCalcineLocalization(this WebApplication app) => app.UseRequestLocalization();
}
