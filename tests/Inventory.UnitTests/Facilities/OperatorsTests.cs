using GutAusgestattet.Inventory.Facilities;

namespace GutAusgestattet.Inventory.UnitTests.Facilities;

public class OperatorsTests
{
    [Theory]
    [InlineData("AWO Kreisverband Nürnberg e.V.", "Arbeiterwohlfahrt (AWO)", OperatorType.Welfare)]
    [InlineData("Arbeiterwohlfahrt Ortsverein Flensburg", "Arbeiterwohlfahrt (AWO)", OperatorType.Welfare)]
    [InlineData("Caritasverband für die Stadt Nürnberg e.V.", "Caritas", OperatorType.Welfare)]
    [InlineData("Diakonie Neuendettelsau", "Diakonie", OperatorType.Welfare)]
    [InlineData("Diakonisches Werk Schleswig-Holstein", "Diakonie", OperatorType.Welfare)]
    [InlineData("Diako Flensburg", "Diakonie", OperatorType.Welfare)]
    [InlineData("DRK-Kreisverband Flensburg e.V.", "Deutsches Rotes Kreuz (DRK)", OperatorType.Welfare)]
    [InlineData("Deutsches Rotes Kreuz Ortsverein", "Deutsches Rotes Kreuz (DRK)", OperatorType.Welfare)]
    [InlineData("Der Paritätische Bayern", "Der Paritätische (DPWV)", OperatorType.Welfare)]
    [InlineData("DPWV Kreisgruppe", "Der Paritätische (DPWV)", OperatorType.Welfare)]
    [InlineData("DKSB Ortsverband Kiel", "Kinderschutzbund (DKSB)", OperatorType.Welfare)]
    [InlineData("Deutscher Kinderschutzbund Kreisverband", "Kinderschutzbund (DKSB)", OperatorType.Welfare)]
    [InlineData("Lebenshilfe Nürnberg e.V.", "Lebenshilfe", OperatorType.Welfare)]
    [InlineData("Johanniter-Unfall-Hilfe e.V.", "Johanniter", OperatorType.Welfare)]
    [InlineData("Malteser Hilfsdienst gGmbH", "Malteser", OperatorType.Welfare)]
    [InlineData("Volkssolidarität Leipzig", "Volkssolidarität", OperatorType.Welfare)]
    [InlineData("Ev.-Luth. Kirchengemeinde St. Peter", "Kirchengemeinde", OperatorType.Welfare)]
    [InlineData("Kath. Pfarrei St. Elisabeth", "Kirchengemeinde", OperatorType.Welfare)]
    [InlineData("Dansk Skoleforening for Sydslesvig e.V.", "Dansk Skoleforening for Sydslesvig", OperatorType.Private)]
    [InlineData("Stadt Nürnberg", "Kommune", OperatorType.Municipal)]
    [InlineData("Gemeinde Harrislee", "Kommune", OperatorType.Municipal)]
    [InlineData("Landeshauptstadt Kiel, Amt für Kinder", "Kommune", OperatorType.Municipal)]
    [InlineData("Kindertagesstätten der Stadt Flensburg", "Kommune", OperatorType.Municipal)]
    [InlineData("Städtische Kindertageseinrichtungen", "Kommune", OperatorType.Municipal)]
    public void Real_spellings_are_recognised(string name, string association, OperatorType type)
    {
        Assert.Equal(new KnownOperator(association, type), Operators.Recognise(name));
        Assert.Equal(type, Operators.TypeOf(null, name, out var unknown));
        Assert.False(unknown);
    }

    [Theory]
    [InlineData("Kinderland GmbH")]
    [InlineData("Elterninitiative Sonnenkäfer e.V.")]
    [InlineData("Drachenfels Kita")]
    [InlineData("Kinderstadt Regenbogen e.V.")]
    public void Names_of_none_of_them_are_unknown_and_other(string name)
    {
        Assert.Null(Operators.Recognise(name));
        Assert.Equal(OperatorType.Other, Operators.TypeOf(null, name, out var unknown));
        Assert.True(unknown);
    }

    [Theory]
    [InlineData("public", "Kinderland GmbH", OperatorType.Municipal)]
    [InlineData("religious", null, OperatorType.Welfare)]
    [InlineData("private", "AWO Kreisverband", OperatorType.Private)]
    [InlineData("company", null, OperatorType.Company)]
    public void Operator_type_as_tagged_comes_first_and_makes_no_name_unknown(string type, string? name, OperatorType expected)
    {
        Assert.Equal(expected, Operators.TypeOf(type, name, out var unknown));
        Assert.False(unknown);
    }

    [Fact]
    public void No_operator_is_other_but_not_unknown()
    {
        Assert.Equal(OperatorType.Other, Operators.TypeOf(null, null, out var unknown));
        Assert.False(unknown);
    }
}
