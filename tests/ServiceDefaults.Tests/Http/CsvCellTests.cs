using System.Text;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.ServiceDefaults.Tests.Http;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("@SUM(1)")]
    [InlineData("+49 89 1234")]
    [InlineData("-2+3")]
    [InlineData("\tcmd")]
    [InlineData("\r=1")]
    [InlineData("-")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_behind_a_quote(string typed) =>
        Assert.Equal("'" + typed, CsvCell.Neutralise(typed));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("-0.12")]
    [InlineData("+3")]
    [InlineData("-1E-05")]
    [InlineData("Kita Sonnenschein")]
    [InlineData("a=b")]
    [InlineData("'quoted")]
    [InlineData("")]
    public void Numbers_and_ordinary_text_stay_as_they_are(string value) => Assert.Equal(value, CsvCell.Neutralise(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("'=already quoted")]
    [InlineData("''@twice")]
    [InlineData("'quoted")]
    [InlineData("-0.12")]
    [InlineData("\tcmd")]
    public void Restore_reads_back_exactly_what_was_neutralised(string value) =>
        Assert.Equal(value, CsvCell.Restore(CsvCell.Neutralise(value)));

    [Fact]
    public void Restore_takes_a_hand_written_quote_before_a_formula_as_the_text_behind_it_and_keeps_any_other() =>
        Assert.Equal(("=x", "'x"), (CsvCell.Restore("'=x"), CsvCell.Restore("'x")));

    [Fact]
    public void Every_row_the_csv_writer_writes_is_neutralised_quoting_included() =>
        Assert.Equal("'@SUM(1),-1.5,\"'=A1,B1\"\r\n", new StringBuilder().AppendRow(["@SUM(1)", "-1.5", "=A1,B1"]).ToString());
}
