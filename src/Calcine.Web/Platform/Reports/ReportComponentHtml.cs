using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Calcine.Web.Platform.Reports;

/// <summary>Renders a report's Razor component to HTML outside a page, so the PDF shows what the page shows.</summary>
public sealed class ReportComponentHtml(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
