using GutAusgestattet.PlannerWeb.SignIn;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class SignInTests
{
    [Theory]
    [InlineData("/gaps?kind=time", "/gaps?kind=time")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//example.org/phish", "/")]
    [InlineData("/\\example.org", "/")]
    [InlineData("https://example.org/", "/")]
    [InlineData("gaps", "/")]
    [InlineData("/gaps\r\nSet-Cookie: x=1", "/")]
    public void After_signing_in_only_a_path_on_this_site_is_followed(string? asked, string followed) =>
        Assert.Equal(followed, ReturnUrl.Local(asked));
}
