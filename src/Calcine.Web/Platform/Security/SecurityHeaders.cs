namespace Calcine.Web.Platform.Security;

public static class SecurityHeaders
{
    /// <summary>Headers every response carries: no MIME sniffing, no framing by other sites, no
    /// full URLs leaked to other origins.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
}
