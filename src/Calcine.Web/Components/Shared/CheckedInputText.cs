using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace Calcine.Web.Components.Shared;

/// <summary>An InputText that says it is invalid when the page says so (a refused sign-in), not only
/// when the form's own validation does: InputBase removes an aria-invalid given as an attribute while
/// its EditContext holds no message for the field, so the attribute is written here, after them.</summary>
public sealed class CheckedInputText : InputText
{
    [Parameter] public bool Invalid { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        if (!string.IsNullOrEmpty(NameAttributeValue))
        {
            builder.AddAttribute(2, "name", NameAttributeValue);
        }

        if (!string.IsNullOrEmpty(CssClass))
        {
            builder.AddAttribute(3, "class", CssClass);
        }

        if (Invalid)
        {
            builder.AddAttribute(4, "aria-invalid", "true");
        }

        builder.AddAttribute(5, "value", CurrentValueAsString);
        builder.AddAttribute(6, "onchange", EventCallback.Factory.CreateBinder<string?>(this, value => CurrentValueAsString = value, CurrentValueAsString));
        builder.SetUpdatesAttributeName("value");
        builder.AddElementReferenceCapture(7, reference => Element = reference);
        builder.CloseElement();
    }
}
