using System.Security.Cryptography;
using System.Text;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Invitations;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.Surveys.UnitTests;

public class InvitationCodesTests
{
    private static InvitationCodes Codes(string secret = "unit-tests-receipt-secret-0123456789abcdef") =>
        new(Options.Create(new SurveySecretOptions { ReceiptSecret = secret }));

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
        Assert.Equal(Codes().Hash(printed), Codes().Hash(typed));

    [Fact]
    public void Different_codes_do_not_match() =>
        Assert.NotEqual(Codes().Hash("7KQ2-MX9D-4HR1"), Codes().Hash("7KQ2-MX9D-4HR2"));

    [Fact]
    public void What_is_stored_is_keyed_with_the_surveys_secret_not_a_plain_hash_of_the_code()
    {
        var stored = Codes().Hash("7KQ2-MX9D-4HR1");
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("7KQ2MX9D4HR1"))), stored);
        Assert.NotEqual(stored, Codes("another-receipt-secret-of-enough-length-0123").Hash("7KQ2-MX9D-4HR1"));
    }
}
