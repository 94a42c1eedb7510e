using System.Text;
using Calcine.Web.Platform;

namespace Calcine.Web.Tests.Security;

/// <summary>The shared JSON body guard's rules on bodies written by hand, without a host.</summary>
public sealed class JsonBodyGuardTests
{
    private static (string Path, string Message)? Refusal(string json) => JsonBodyGuard.FirstRefusal(Encoding.UTF8.GetBytes(json));

    private static string Items(int count, string item) => "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]";

    [Fact]
    public void FirstRefusal_ArrayAtTheLimit_IsAccepted() =>
        Assert.Null(Refusal("{\"data\":{\"fuels\":" + Items(JsonBodyGuard.MaxItemsPerArray, "{\"t\":1}") + "}}"));

    [Fact]
    public void FirstRefusal_NestedArrayOverTheLimit_NamesItsPath() =>
        Assert.Equal(("data.rows[2]", $"at most {JsonBodyGuard.MaxItemsPerArray} items"),
            Refusal("{\"data\":{\"rows\":[[],[1]," + Items(JsonBodyGuard.MaxItemsPerArray + 1, "0") + "]}}"));

    [Fact]
    public void FirstRefusal_RootArrayOverTheLimit_NamesTheBody() =>
        Assert.Equal("body", Refusal(Items(JsonBodyGuard.MaxItemsPerArray + 1, "1"))?.Path);

    [Theory]
    [InlineData("""{"text":"line one\nline two\ttabbed"}""")]
    [InlineData("""{"answer":"Windows\r\nline"}""")]
    [InlineData("""not json at all \u0000""")]
    public void FirstRefusal_LineBreaksInTextOrNoJson_AreLeftToTheEndpoint(string json) => Assert.Null(Refusal(json));

    [Theory]
    [InlineData("""{"mills":[{"name":"ok"},{"name":"Mill\n2"}]}""", "mills[1].name")]
    [InlineData("""{"displayName":"Ada\u001b[31m"}""", "displayName")]
    [InlineData("""{"code":"NR\u007f01"}""", "code")]
    [InlineData("""{"text":"bell \u0007"}""", "text")]
    [InlineData("""["a", "b\u0000"]""", "[1]")]
    public void FirstRefusal_ControlCharacter_NamesTheField(string json, string path) => Assert.Equal(path, Refusal(json)?.Path);
}
