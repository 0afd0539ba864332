using GutAusgestattet.Surveys.Letters;

namespace GutAusgestattet.Surveys.UnitTests;

public class PublicLinksTests
{
    [Theory]
    [InlineData("https://umfrage.example.de", "https://umfrage.example.de/i/7KQ2-MX9D-4HRT")]
    [InlineData("https://umfrage.example.de/", "https://umfrage.example.de/i/7KQ2-MX9D-4HRT")]
    [InlineData(" https://stadt.example.de/umfrage/ ", "https://stadt.example.de/umfrage/i/7KQ2-MX9D-4HRT")]
    public void The_invitation_link_is_the_base_address_with_i_and_the_code(string setting, string link) =>
        Assert.Equal(link, PublicLinks.FromSetting(setting)!.Invitation("7KQ2-MX9D-4HRT"));

    [Fact]
    public void The_open_link_names_the_municipality_and_the_survey() =>
        Assert.Equal("https://umfrage.example.de/09564000/0195f3a2-1111-7222-8333-444455556666",
            PublicLinks.FromSetting("https://umfrage.example.de")!.OpenLink("09564000", Guid.Parse("0195f3a2-1111-7222-8333-444455556666")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("umfrage.example.de")]
    [InlineData("ftp://umfrage.example.de")]
    [InlineData("https://umfrage.example.de/?tenant=1")]
    public void A_missing_or_unusable_address_gives_no_links(string? setting) =>
        Assert.Null(PublicLinks.FromSetting(setting));
}
