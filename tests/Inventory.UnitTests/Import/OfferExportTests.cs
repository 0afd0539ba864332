using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Offers;

namespace GutAusgestattet.Inventory.UnitTests.Import;

public sealed class OfferExportTests
{
    private static readonly Facility Facility = new()
    {
        Id = Guid.NewGuid(), TenantId = "09162000", Key = "f1", Name = "=HYPERLINK(\"http://x\")", Address = "@SUM(1)",
        Latitude = 51.5, Longitude = -0.12, AreaCode = "mitte",
    };

    private static readonly Offer Offer = new()
    {
        Id = Guid.NewGuid(), TenantId = "09162000", Key = "o1",
        Details = new OfferDetails(Facility.Id, "-Gruppe", "kita", null, null, 20, 5, "Mo-Fr 08:00-16:00", [], false, ["de"], "+5 € Essen"),
    };

    [Fact]
    public void Formula_cells_escaped_and_a_negative_longitude_stays_a_number()
    {
        var row = OfferExport.Csv([Facility], [Offer]).Split("\r\n")[1];
        Assert.StartsWith("f1,\"'=HYPERLINK(\"\"http://x\"\")\",municipal,'@SUM(1),51.5,-0.12,mitte,o1,'-Gruppe,kita,", row);
        Assert.EndsWith(",'+5 € Essen", row);
    }

    [Fact]
    public void Importing_the_export_reads_the_neutralised_cells_back_as_typed()
    {
        var file = CsvOfferReader.Read(OfferExport.Csv([Facility], [Offer]));
        Assert.Empty(file.Errors);
        var row = Assert.Single(file.Rows);
        Assert.Equal((Facility.Name, Facility.Address, -0.12), (row.Facility.Name, row.Facility.Address, row.Facility.Longitude));
        Assert.Equal(("-Gruppe", "+5 € Essen"), (row.Offer.Name, row.Offer.FeeNote));
    }
}
