using GutAusgestattet.Surveys.Letters;

namespace GutAusgestattet.Surveys.UnitTests;

public class ArabicShapingTests
{
    [Theory]
    [InlineData("ب", "\uFE8F")]                                 // alone: isolated
    [InlineData("بيت", "\uFE91\uFEF4\uFE96")]                   // initial, medial, final
    [InlineData("سعيد", "\uFEB3\uFECC\uFEF4\uFEAA")]             // two medials; dal ends it
    [InlineData("مرحبا", "\uFEE3\uFEAE\uFEA3\uFE92\uFE8E")]      // reh joins only to the right: hah starts anew
    [InlineData("دار", "\uFEA9\uFE8D\uFEAD")]                   // right-joining letters never join what follows
    [InlineData("ماء", "\uFEE3\uFE8E\uFE80")]                   // hamza joins nothing
    [InlineData("بـ", "\uFE91\u0640")]                          // tatweel makes the letter before it join
    public void Letters_take_the_form_of_their_place_in_the_word(string text, string shaped) =>
        Assert.Equal(shaped, ArabicShaping.Shape(text));

    [Theory]
    [InlineData("لا", "\uFEFB")]                      // isolated lam-alef
    [InlineData("سلام", "\uFEB3\uFEFC\uFEE1")]         // final lam-alef after a joining letter; meem after alef is isolated
    [InlineData("الآن", "\uFE8D\uFEF5\uFEE5")]          // lam with alef madda; noon after the ligature stands alone
    [InlineData("إلى", "\uFE87\uFEDF\uFEF0")]           // no ligature when alef maksura follows lam
    [InlineData("علأ", "\uFECB\uFEF8")]                 // lam with hamza above, final
    [InlineData("لإ", "\uFEF9")]                        // lam with hamza below, isolated
    public void Lam_followed_by_alef_becomes_one_ligature(string text, string shaped) =>
        Assert.Equal(shaped, ArabicShaping.Shape(text));

    [Fact]
    public void Harakat_do_not_break_the_joining_and_stay_on_their_letter() =>
        Assert.Equal("\uFE91\u064E\uFE96", ArabicShaping.Shape("بَت"));

    [Fact]
    public void Latin_text_digits_and_spaces_are_left_as_they_are_and_join_nothing() =>
        Assert.Equal("Code 7KQ2: \uFE8F a\uFE8F", ArabicShaping.Shape("Code 7KQ2: ب aب"));
}

public class BidiTests
{
    private static string Visual(string logical, bool rightToLeft = true) => new Bidi(logical, rightToLeft).Line(0, logical.Length);

    [Fact]
    public void A_right_to_left_line_is_drawn_reversed() =>
        Assert.Equal("مكيلع مالس", Visual("سلام عليكم"));

    [Fact]
    public void A_link_inside_arabic_text_keeps_its_own_order() =>
        Assert.Equal("نآلا https://umfrage.example.de/i/7KQ2-MX9D-4HRT حتفا", Visual("افتح https://umfrage.example.de/i/7KQ2-MX9D-4HRT الآن"));

    [Fact]
    public void Numbers_inside_arabic_text_read_left_to_right() =>
        Assert.Equal("اصخش 12 ددع", Visual("عدد 12 شخصا"));

    [Fact]
    public void A_latin_run_of_several_words_stays_in_order() =>
        Assert.Equal("Amt für Sozialplanung نم ةلاسر", Visual("رسالة من Amt für Sozialplanung"));

    [Fact]
    public void An_isolated_value_keeps_its_order_even_when_it_is_only_digits_and_separators()
    {
        // Unisolated, the spaces between the digit groups would take the Arabic direction and swap the groups.
        Assert.Equal("+49 911 231-0 :فتاه", Visual("هاتف: \u2068+49 911 231-0\u2069"));
        Assert.Equal("ينورتكلإلا ديربلا sozialplanung@stadt.example :", Visual(": \u2068sozialplanung@stadt.example\u2069 البريد الإلكتروني"));
    }

    [Fact]
    public void Brackets_are_mirrored_in_right_to_left_text() =>
        Assert.Equal("(معن)", Visual("(نعم)"));

    [Fact]
    public void Arabic_inside_a_left_to_right_line_is_reversed_in_place() =>
        Assert.Equal("Stadt مالس ok", Visual("Stadt سلام ok", rightToLeft: false));

    [Fact]
    public void Each_line_of_a_paragraph_is_reordered_on_its_own()
    {
        var paragraph = "سلام عليكم ورحمة";
        var bidi = new Bidi(paragraph, rightToLeft: true);
        Assert.Equal("مكيلع مالس", bidi.Line(0, 10));
        Assert.Equal("ةمحرو", bidi.Line(11, 5));
    }

    [Fact]
    public void Trailing_spaces_stay_at_the_logical_end_of_a_line() =>
        Assert.Equal(" مالس", new Bidi("سلام ", rightToLeft: true).Line(0, 5));
}
