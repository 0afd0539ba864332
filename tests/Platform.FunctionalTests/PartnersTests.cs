using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Auth;
using static GutAusgestattet.FunctionalTests.Partnering;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The partner registry, contacts and their personal data, and the CSV import, in the running platform.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PartnersTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_partner_is_registered_changed_and_removed_and_bad_input_stores_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var partners = platform.Client("partners", tenant);
        var id = await partners.Register(Company("Nah Logistik", 49.45, 11.07, incomings: 40, register: "HRB 4711"));

        var read = await partners.GetFromJsonAsync<JsonElement>($"/api/partners/{id}");
        Assert.Equal(("H", "Verkehr und Lagerei", 40), (read.GetProperty("sectorSection").GetString(), read.GetProperty("sectorTitle").GetString(), read.GetProperty("incomings").GetInt32()));
        var changed = await partners.PutAsJsonAsync($"/api/partners/{id}", Company("Nah Logistik", 49.45, 11.07, incomings: 50, sector: "52", register: "HRB 4711"));
        Assert.Equal(50, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incomings").GetInt32());

        var bad = await Problem(await partners.PostAsJsonAsync("/api/partners", new
        {
            name = "Fehler GmbH", sector = "ZZ",
            sites = new[] { new { address = "Weg 1", postalCode = "90402", latitude = 91.0, longitude = 11.0, employees = 10 } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["sector", "sites[0].latitude"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        await Problem(await partners.PostAsJsonAsync("/api/partners", Company("Doppelt", 49.45, 11.07, 0, register: "HRB  4711")), HttpStatusCode.BadRequest);
        await Problem(await partners.PostAsJsonAsync("/api/partners", new { name = "X", sector = "C", kind = "firm" }), HttpStatusCode.BadRequest);
        Assert.Single(await partners.List<JsonElement>("/api/partners"));

        var contact = await partners.PostAsJsonAsync($"/api/partners/{id}/contacts", new { name = "Anna Schmidt", email = "anna@", legalBasis = "consent" });
        Assert.Equal(["basisDate", "email"], (await Problem(contact, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Empty(await partners.List<JsonElement>($"/api/partners/{id}/contacts"));

        var other = platform.Client("partners", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partners/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/partners/{id}", Company("Übernahme", 49, 11, 0))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/partners/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partners/{id}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/partners/{id}/contacts", new { name = "Eve", legalBasis = "contract" })).StatusCode);
        Assert.Empty(await other.List<JsonElement>("/api/partners"));

        Assert.Equal(HttpStatusCode.NoContent, (await partners.DeleteAsync($"/api/partners/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partners.GetAsync($"/api/partners/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_contact_is_exported_with_their_history_and_erased_while_the_history_stays()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant);
        var partners = platform.Client("partners", tenant);
        var id = await partners.Register(Company("Nah Logistik", 49.45, 11.07, incomings: 40));
        var contact = await partners.PostAsJsonAsync($"/api/partners/{id}/contacts",
            new { name = "Anna Schmidt", role = "Personalleitung", email = "anna.schmidt@example.de", phone = "+49 911 123456", legalBasis = "consent", basisDate = "2026-01-15" })
            .Created<JsonElement>();
        var contactId = contact.GetProperty("id").GetGuid();
        var outreach = await partners.PostAsJsonAsync("/api/outreach", new { partnerId = id, gapKeys = new[] { gap }, owner = "k.meier" }).Created<JsonElement>();
        var outreachId = outreach.GetProperty("id").GetGuid();
        (await partners.PostAsJsonAsync($"/api/outreach/{outreachId}/steps",
            new { stage = "contacted", owner = "k.meier", contactId, note = "Anruf bei Anna Schmidt, sie prüft Belegplätze." })).EnsureSuccessStatusCode();

        var export = await partners.GetFromJsonAsync<JsonElement>($"/api/contacts/{contactId}/personal-data");
        Assert.Equal(("Anna Schmidt", "anna.schmidt@example.de", "Nah Logistik"),
            (export.GetProperty("name").GetString(), export.GetProperty("email").GetString(), export.GetProperty("partnerName").GetString()));
        var appearance = Assert.Single(export.GetProperty("outreachHistory").EnumerateArray());
        Assert.Equal(("contacted", outreachId), (appearance.GetProperty("stage").GetString(), appearance.GetProperty("outreachId").GetGuid()));

        var other = platform.Client("partners", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/contacts/{contactId}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/contacts/{contactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/contacts/{contactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/contacts/{contactId}", new { name = "Eve", legalBasis = "contract" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await partners.DeleteAsync($"/api/contacts/{contactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partners.GetAsync($"/api/contacts/{contactId}/personal-data")).StatusCode);
        Assert.Empty(await partners.List<JsonElement>($"/api/partners/{id}/contacts"));
        var history = (await partners.GetFromJsonAsync<JsonElement>($"/api/outreach/{outreachId}")).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("erased contact", history[1].GetProperty("contact").GetString());

        // The data steward sees both acts in Partners' audit log, the person named by id only: a name would outlive the erasure.
        var log = await platform.Client("partners", tenant, Roles.DataSteward).List<JsonElement>("/api/audit");
        Assert.Equal(["contact-erased", "contact-exported"], log.Select(e => e.GetProperty("action").GetString()));
        Assert.All(log, e => Assert.Contains(contactId.ToString(), e.GetProperty("subject").GetString()));
        Assert.DoesNotContain("Anna", JsonSerializer.Serialize(log));
        Assert.DoesNotContain("Anna Schmidt", history[1].GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.OK, (await partners.GetAsync($"/api/partners/{id}")).StatusCode);
        // The partner with outreach history stays, so does the record of what was tried.
        await Problem(await partners.DeleteAsync($"/api/partners/{id}"), HttpStatusCode.Conflict);
    }

    private static HttpContent Csv(string text) => new StringContent(text, Encoding.UTF8, "text/csv");

    private const string Header = "kind,name,trade_register_number,sector,site_name,address,postal_code,latitude,longitude,area_code,employees,incomings,outgoings\r\n";

    [Fact]
    public async Task A_csv_file_imports_all_or_nothing_and_again_changes_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var partners = platform.Client("partners", tenant);
        var good = Header
            + "company,Müller GmbH,HRB 123,C,Werk Nord,Hauptstraße 1,90402,49.45,11.07,mitte,100,20,5\r\n"
            + "company,Müller GmbH,HRB 123,C,Werk Süd,\"Am Hafen 2, Halle 3\",90441,49.42,11.05,,50,,\r\n"
            + "association,Caritas Nürnberg,VR 77,88,,Domplatz 1,90403,49.45,11.08,,30,0,0\r\n";

        var dry = await (await partners.PostAsync("/api/partners/import?dryRun=true", Csv(good))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, false), (dry.GetProperty("created").GetInt32(), dry.GetProperty("stored").GetBoolean()));
        Assert.Empty(await partners.List<JsonElement>("/api/partners"));

        var imported = await (await partners.PostAsync("/api/partners/import", Csv(good))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([2, 3, 4], imported.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(2, imported.GetProperty("partners").GetProperty("created").GetInt32());
        var list = await partners.List<JsonElement>("/api/partners");
        Assert.Equal([2, 1], list.Select(p => p.GetProperty("sites").GetArrayLength()).OrderDescending());

        var again = await (await partners.PostAsync("/api/partners/import", Csv(good))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 0, 0), (again.GetProperty("unchanged").GetInt32(), again.GetProperty("created").GetInt32(), again.GetProperty("changed").GetInt32()));
        Assert.Equal(2, (await partners.List<JsonElement>("/api/partners")).Count);

        var broken = good.Replace("Caritas Nürnberg,VR 77,88", "Caritas Nürnberg,VR 77,ZZ") + "company,Neu GmbH,,C,,Weg 1,90402,95,11.0,,10,,\r\n";
        var problem = await Problem(await partners.PostAsync("/api/partners/import", Csv(broken)), HttpStatusCode.BadRequest);
        Assert.Equal(["line[4].sector", "line[5].latitude"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(2, (await partners.List<JsonElement>("/api/partners")).Count); // nothing of the broken file, not even the good rows

        var other = platform.Client("partners", PlatformFixture.NewTenant());
        var theirs = await (await other.PostAsync("/api/partners/import?dryRun=true", Csv(good))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, theirs.GetProperty("created").GetInt32()); // another municipality's partners are not there to match
    }
}
