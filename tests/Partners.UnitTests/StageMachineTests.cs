using GutAusgestattet.Partners.OutreachPipeline;
using static GutAusgestattet.Partners.OutreachPipeline.OutreachStage;

namespace GutAusgestattet.Partners.UnitTests;

public sealed class StageMachineTests
{
    [Theory]
    [InlineData(Identified, Contacted)]
    [InlineData(Contacted, InTalks)]
    [InlineData(InTalks, Agreed)]
    [InlineData(Identified, Declined)]
    [InlineData(InTalks, Paused)]
    public void Forward_one_stage_or_out_is_allowed(OutreachStage from, OutreachStage to) =>
        Assert.Equal((true, to), (StageMachine.Move(from, null, to).Allowed, StageMachine.Move(from, null, to).Stage));

    [Fact]
    public void Agreed_before_contacted_is_refused_naming_what_may_follow()
    {
        var refused = StageMachine.Move(Identified, null, Agreed);
        Assert.False(refused.Allowed);
        Assert.Equal(Identified, refused.Stage);
        Assert.Equal(["contacted", "declined", "paused"], refused.AllowedNextSteps);
    }

    [Theory]
    [InlineData(Declined)]
    [InlineData(Paused)]
    public void Nothing_follows_declined_or_paused_but_a_reopen(OutreachStage stage)
    {
        foreach (var target in Enum.GetValues<OutreachStage>())
            Assert.False(StageMachine.Move(stage, InTalks, target).Allowed);
        Assert.Equal([StageMachine.Reopen], StageMachine.AllowedSteps(stage));
    }

    [Fact]
    public void A_reopen_returns_to_the_stage_held_before_the_pause()
    {
        var paused = StageMachine.Move(InTalks, null, Paused);
        Assert.Equal((Paused, (OutreachStage?)InTalks), (paused.Stage, paused.ResumeStage));
        var reopened = StageMachine.ReopenFrom(paused.Stage, paused.ResumeStage);
        Assert.Equal((true, InTalks, (OutreachStage?)null), (reopened.Allowed, reopened.Stage, reopened.ResumeStage));
        Assert.Contains("agreed", reopened.AllowedNextSteps);
    }

    [Fact]
    public void Only_declined_or_paused_can_be_reopened() =>
        Assert.False(StageMachine.ReopenFrom(Contacted, null).Allowed);

    [Fact]
    public void Agreed_ends_the_pipeline_and_skipping_talks_is_refused()
    {
        Assert.Empty(StageMachine.AllowedSteps(Agreed));
        Assert.False(StageMachine.Move(Contacted, null, Agreed).Allowed);
        Assert.False(StageMachine.Move(Contacted, null, Contacted).Allowed);
    }

    [Fact]
    public void Funnel_counts_current_stages_and_converts_on_stages_ever_reached()
    {
        IReadOnlySet<OutreachStage> Reached(params OutreachStage[] s) => s.ToHashSet();
        var funnel = Funnel.Of([
            (Agreed, Reached(Identified, Contacted, InTalks, Agreed)),
            (Paused, Reached(Identified, Contacted, InTalks, Paused)),
            (Contacted, Reached(Identified, Contacted)),
            (Identified, Reached(Identified)),
        ]);
        Assert.Equal(4, funnel.Total);
        Assert.Equal(1, funnel.Current["paused"]);
        Assert.Equal([0.75, 0.6667, 0.5, 0.25], funnel.Conversions.Select(c => c.Rate!.Value));
        Assert.Null(Funnel.Of([]).Conversions[0].Rate);
    }
}
