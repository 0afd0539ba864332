using GutAusgestattet.Partners.Import;
using GutAusgestattet.Partners.Registry;

namespace GutAusgestattet.Partners.UnitTests;

public sealed class CsvPartnerReaderTests
{
    private const string Header = "kind,name,trade_register_number,sector,site_name,address,postal_code,latitude,longitude,area_code,employees,incomings,outgoings\r\n";

    private static Partner Stored(PartnerFile file, string key)
    {
        var (partners, _, _) = PartnerImportPlan.Make(file, new Dictionary<string, Partner>());
        var input = partners.Single(p => p.Key == key).Input;
        var partner = new Partner { Id = Guid.NewGuid(), TenantId = "09162000", Key = key, Name = "", Sector = "" };
        input.ApplyTo(partner, DateTimeOffset.UnixEpoch);
        return partner;
    }

    [Fact]
    public void Rows_of_one_partner_become_its_sites()
    {
        var file = CsvPartnerReader.Read(Header
            + "company,Müller GmbH,HRB 123,C,Werk Nord,Hauptstraße 1,90402,49.45,11.07,mitte,100,20,5\r\n"
            + "company,Müller GmbH,HRB 123,C,Werk Süd,\"Am Hafen 2, Halle 3\",90441,49.42,11.05,,50,,\r\n"
            + "association,Caritas,VR 77,88,,Domplatz 1,90403,49.45,11.08,,30,0,0\r\n");
        Assert.Empty(file.Errors);
        var (partners, rows, errors) = PartnerImportPlan.Make(file, new Dictionary<string, Partner>());
        Assert.Empty(errors);
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Equal(RowOutcome.Created, r.Outcome));
        Assert.Equal(2, partners.Single(p => p.Key == "hr:HRB 123").Input.Sites.Count);
        Assert.Equal("Am Hafen 2, Halle 3", partners[0].Input.Sites[1].Address);
    }

    /// <summary>A file saved from one of the platform's CSV exports (or typed with a leading quote) reads as the text behind the quote.</summary>
    [Fact]
    public void A_cell_neutralised_by_an_export_is_read_back_as_typed()
    {
        var file = CsvPartnerReader.Read(Header + "company,'=Müller GmbH,,C,'@Werk,'-Hof 1,90402,49.45,-0.12,mitte,100,20,5\r\n");
        Assert.Empty(file.Errors);
        var (partners, _, _) = PartnerImportPlan.Make(file, new Dictionary<string, Partner>());
        var site = Assert.Single(partners.Single().Input.Sites);
        Assert.Equal(("=Müller GmbH", "@Werk", "-Hof 1", -0.12), (partners.Single().Input.Name, site.Name, site.Address, site.Longitude));
    }

    [Fact]
    public void The_same_file_again_is_unchanged_and_a_changed_site_is_changed()
    {
        var text = Header + "company,Müller GmbH,,C,Werk Nord,Hauptstraße 1,90402,49.45,11.07,mitte,100,20,5\r\n";
        var existing = new Dictionary<string, Partner> { ["name:müller gmbh"] = Stored(CsvPartnerReader.Read(text), "name:müller gmbh") };

        var (_, again, _) = PartnerImportPlan.Make(CsvPartnerReader.Read(text), existing);
        Assert.Equal(RowOutcome.Unchanged, Assert.Single(again).Outcome);
        var (_, changed, _) = PartnerImportPlan.Make(CsvPartnerReader.Read(text.Replace(",100,20,5", ",100,30,5")), existing);
        Assert.Equal(RowOutcome.Changed, Assert.Single(changed).Outcome);
    }

    [Fact]
    public void Errors_name_the_line_and_the_column()
    {
        var file = CsvPartnerReader.Read(Header
            + "company,Müller GmbH,,ZZ,,Hauptstraße 1,90402,91,11.07,,10,,\r\n"
            + "firm,Meier,,C,,Weg 2,90402,49.4,11.0,,10,,\r\n"
            + "company,Schulz,,C,,Weg 3,90402,49.4,11.0,,ten,,\r\n");
        Assert.Equal(["line[2].latitude", "line[2].sector", "line[3].kind", "line[4].employees"], file.Errors.Select(e => e.Key).Order());
        Assert.Equal([2, 3, 4], file.InvalidLines);
    }

    [Fact]
    public void A_partner_whose_columns_disagree_or_a_site_twice_is_refused()
    {
        var file = CsvPartnerReader.Read(Header
            + "company,Müller GmbH,HRB 1,C,,Weg 1,90402,49.4,11.0,,10,,\r\n"
            + "company,Müller GmbH,HRB 1,G,,Weg 2,90402,49.4,11.0,,10,,\r\n"
            + "company,Müller GmbH,HRB 1,C,,Weg  1,90402,49.4,11.0,,10,,\r\n");
        var (partners, rows, errors) = PartnerImportPlan.Make(file, new Dictionary<string, Partner>());
        Assert.Empty(partners);
        Assert.Equal(["line[3].sector", "line[4].address"], errors.Select(e => e.Key));
        Assert.Equal([RowOutcome.Created, RowOutcome.Invalid, RowOutcome.Invalid], rows.Select(r => r.Outcome));
    }

    [Fact]
    public void A_semicolon_header_reads_decimal_commas_and_missing_columns_are_named()
    {
        var file = CsvPartnerReader.Read("name;sector;address;postal_code;latitude;longitude\r\nBäckerei;C;Weg 1;90402;49,45;11,07\r\n");
        Assert.Empty(file.Errors);
        Assert.Equal(49.45, file.Rows.Single().Site.Latitude);
        Assert.Equal("header", Assert.Single(CsvPartnerReader.Read("name,sector\r\n").Errors, e => e.Rule.Contains("'address'")).Field);
    }
}
