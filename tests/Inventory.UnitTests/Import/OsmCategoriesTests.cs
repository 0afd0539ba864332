using GutAusgestattet.Contracts;
using GutAusgestattet.Inventory.Import;

namespace GutAusgestattet.Inventory.UnitTests.Import;

public class OsmCategoriesTests
{
    public static TheoryData<string, string> Mapped => new()
    {
        // tags (k=v;k=v), category
        { "amenity=kindergarten", "kita" },
        { "amenity=kindergarten;max_age=3", "krippe" },
        { "amenity=childcare", "krippe" },
        { "amenity=childcare;min_age=6", "hort" },
        { "amenity=social_facility;social_facility=day_care;social_facility:for=senior", "tagespflege" },
        { "amenity=social_facility;social_facility=day_care;social_facility:for=child", "kindertagespflege" },
        { "amenity=social_facility;social_facility=nursing_home", "kurzzeitpflege" },
        { "amenity=social_facility;social_facility=ambulatory_care", "ambulante-pflege" },
        { "amenity=social_facility;social_facility=assisted_living", "alltagsbegleitung" },
        { "amenity=social_facility;social_facility=outreach", "alltagsbegleitung" },
    };

    [Theory]
    [MemberData(nameof(Mapped))]
    public void Known_tags_map_to_a_known_category(string tags, string category)
    {
        var mapped = OsmCategories.Map(Tags(tags), out var field, out var rule);

        Assert.Equal(category, mapped);
        Assert.True(CareCategories.IsKnown(mapped));
        Assert.Null(field);
        Assert.Null(rule);
    }

    [Theory]
    [InlineData("amenity=school", "amenity", "amenity=school")]
    [InlineData("shop=bakery", "amenity", "amenity tag is required")]
    [InlineData("amenity=social_facility;social_facility=shelter", "social_facility", "social_facility=shelter")]
    [InlineData("amenity=social_facility", "social_facility", "needs a social_facility tag")]
    public void Other_tags_map_to_no_category_and_name_the_tag(string tags, string expectedField, string inRule)
    {
        Assert.Null(OsmCategories.Map(Tags(tags), out var field, out var rule));
        Assert.Equal(expectedField, field);
        Assert.Contains(inRule, rule);
    }

    private static Func<string, string?> Tags(string tags)
    {
        var map = tags.Split(';').Select(t => t.Split('=')).ToDictionary(p => p[0], p => p[1]);
        return key => map.GetValueOrDefault(key);
    }
}
