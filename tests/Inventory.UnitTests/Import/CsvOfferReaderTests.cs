using GutAusgestattet.Inventory.Import;

namespace GutAusgestattet.Inventory.UnitTests.Import;

public class CsvOfferReaderTests
{
    private const string Rest = "offer_key,name,category,places,opening_hours";
    private const string Row = "k-1,Kita Nord,49.45,11.07,o-1,Kita Nord,kita,20,Mo-Fr 07:00-17:00";

    [Theory]
    [InlineData("lat,lon")]
    [InlineData("lat,lng")]
    [InlineData("latitude,longitude")]
    [InlineData("Breite,Länge")]
    public void Coordinate_headers_of_open_data_are_read_as_latitude_and_longitude(string coordinates)
    {
        var file = CsvOfferReader.Read($"facility_key,facility_name,{coordinates},{Rest}\n{Row}\n");

        Assert.Empty(file.Errors);
        var row = Assert.Single(file.Rows);
        Assert.Equal((49.45, 11.07), (row.Facility.Latitude, row.Facility.Longitude));
        Assert.Empty(file.IgnoredColumns);
    }

    [Fact]
    public void A_file_with_both_names_of_a_column_is_refused_naming_both()
    {
        var file = CsvOfferReader.Read($"facility_key,facility_name,latitude,longitude,lat,{Rest}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal("header", error.Field);
        Assert.Contains("'latitude' and 'lat' both give latitude", error.Rule);
    }

    [Fact]
    public void Opening_hours_dirt_is_tidied_with_a_warning_on_its_line()
    {
        var file = CsvOfferReader.Read($"facility_key,facility_name,lat,lon,{Rest}\nk-1,Kita Nord,49.45,11.07,o-1,Kita Nord,kita,20,Mo-Fr 7.00-17.00 Uhr\n");

        Assert.Empty(file.Errors);
        Assert.Equal("Mo-Fr 07:00-17:00", Assert.Single(file.Rows).Offer.OpeningHours);
        Assert.All(file.Warnings, w => Assert.Equal((2, "opening_hours"), (w.Line, w.Field)));
        Assert.Equal(2, file.Warnings.Count);
    }

    [Fact]
    public void A_bare_range_keeps_its_every_day_meaning_so_an_export_imports_unchanged_but_is_noted()
    {
        var file = CsvOfferReader.Read($"facility_key,facility_name,lat,lon,{Rest}\nk-1,Pflegeheim,49.45,11.07,o-1,Kurzzeitpflege,kurzzeitpflege,4,07:00-19:00\n");

        Assert.Equal("07:00-19:00", Assert.Single(file.Rows).Offer.OpeningHours);
        Assert.Contains("every day", Assert.Single(file.Warnings).Message);
    }

    [Fact]
    public void Language_names_become_codes_and_codes_stay()
    {
        Assert.Equal(["de", "da", "pl"], CsvOfferReader.Languages("Deutsch;Dänisch;pl"));
        Assert.Equal(["xx-yy"], CsvOfferReader.Languages("xx-yy"));
    }
}
