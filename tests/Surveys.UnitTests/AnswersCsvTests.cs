using GutAusgestattet.Surveys.Answers;

namespace GutAusgestattet.Surveys.UnitTests;

public sealed class AnswersCsvTests
{
    [Fact]
    public void Formula_cells_escaped_in_the_raw_answers()
    {
        var answer = new Answer
        {
            Id = Guid.NewGuid(), TenantId = "09162000", SurveyVersion = 1, AreaCode = "=HYPERLINK(\"http://x\")", HouseholdType = "other", Language = "de",
            ConsentVersion = "1", ConsentLanguage = "de", IdempotencyKey = "k", RequestHash = "h", ReceiptHash = "r",
            Payload = new AnswerRequest(Language: "de", HouseholdType: "other", AreaCode: "=HYPERLINK(\"http://x\")",
                Needs: [new NeedAnswer(Category: "@SUM(1)", Persons: 2)]),
        };

        var fields = AnswersCsv.Write([answer]).Split("\r\n")[1].Split(',');

        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\"", fields[Array.IndexOf(AnswersCsv.Columns, "area_code")]);
        Assert.Equal("'@SUM(1)", fields[Array.IndexOf(AnswersCsv.Columns, "category")]);
        Assert.Equal("2", fields[Array.IndexOf(AnswersCsv.Columns, "persons")]);
    }
}
