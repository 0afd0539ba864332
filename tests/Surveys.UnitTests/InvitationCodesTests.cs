using GutAusgestattet.Surveys.Invitations;

namespace GutAusgestattet.Surveys.UnitTests;

public class InvitationCodesTests
{
    [Fact]
    public void Codes_are_three_groups_of_four_without_look_alike_letters_and_differ()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => InvitationCodes.New()).ToList();
        Assert.All(codes, code => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7KQ2-MX9D-4HR1", "7kq2mx9d4hr1")]
    [InlineData("7KQ2-MX9D-4HR1", " 7KQ2 MX9D 4HRI ")]
    [InlineData("7KQ2-MX9D-40R1", "7KQ2-MX9D-4ORL")]
    public void A_code_typed_from_the_letter_matches_however_it_is_written(string printed, string typed) =>
        Assert.Equal(InvitationCodes.Hash(printed), InvitationCodes.Hash(typed));

    [Fact]
    public void Different_codes_do_not_match() =>
        Assert.NotEqual(InvitationCodes.Hash("7KQ2-MX9D-4HR1"), InvitationCodes.Hash("7KQ2-MX9D-4HR2"));
}
