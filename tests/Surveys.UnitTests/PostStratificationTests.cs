using GutAusgestattet.Surveys.Weighting;

namespace GutAusgestattet.Surveys.UnitTests;

public sealed class PostStratificationTests
{
    [Theory]
    [InlineData(3, 120, 40.0)]   // each of 3 answers stands for 40 of 120 households
    [InlineData(2, 10, 5.0)]
    [InlineData(4, 2, 0.5)]      // more answers than known households: each weighs less than one
    [InlineData(3, 0, 0.0)]      // the register knows none: the stratum adds nothing to the estimate
    [InlineData(3, null, 1.0)]   // no count: the answer stands for itself
    [InlineData(0, 120, 1.0)]    // no answers yet: nothing to weight
    public void An_answer_weighs_known_households_per_answer_of_its_stratum(int responses, int? known, double weight) =>
        Assert.Equal(weight, PostStratification.Weight(responses, known));

    [Theory]
    [InlineData(null, true)]     // no count: weight 1, and said so
    [InlineData(3, false)]       // a count equal to the answers weighs 1 too, but it is a weight
    [InlineData(0, false)]
    public void A_stratum_is_unweighted_exactly_when_no_count_is_known(int? known, bool unweighted) =>
        Assert.Equal(unweighted, PostStratification.Unweighted(known));

    [Fact]
    public void Weighted_answers_add_up_to_the_known_count() =>
        Assert.Equal(1234, Enumerable.Repeat(PostStratification.Weight(7, 1234), 7).Sum(), precision: 9);
}
