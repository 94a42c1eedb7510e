using Microsoft.AspNetCore.Localization;

namespace Calcine.Web.Platform.Localization;

/// <summary>The signed-in user's stored language (the <see cref="CulturePreference.Claim"/> claim in
/// the session cookie, issued from the user's stored claims at sign-in): it comes before the culture
/// cookie, so the choice follows the person to another browser.</summary>
public sealed class UserCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var stored = SupportedCultures.Find(httpContext.User.FindFirst(CulturePreference.Claim)?.Value);
        return Task.FromResult(stored is null ? null : new ProviderCultureResult(stored));
    }
}
