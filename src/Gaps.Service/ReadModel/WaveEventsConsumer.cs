using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps which surveys are superseded waves (<see cref="SurveyWave"/>). A marking moves demand in and out of every category of the
/// tenant, so all of them are recalculated as a whole.
/// </summary>
public sealed class WaveEventsConsumer(GapsDbContext db, GapDetector gaps) : IConsumer<SurveyWaveMadeCurrent>
{
    /// <summary>Below every announced revision: a survey's row before its first marking is applied.</summary>
    private const long NoRevision = -1;

    public async Task Consume(ConsumeContext<SurveyWaveMadeCurrent> context)
    {
        var message = context.Message;
        // Taken first, as every change of the whole tenant takes it (MarkAllAsync): two markings consumed at once wait for each other
        // here, and the second reads the first's rows.
        await SharedRows.HoldGroundAsync(db, context.CancellationToken);
        var named = message.SupersededSurveyIds.Append(message.SurveyId).ToList();
        var held = await db.SurveyWaves.Where(w => named.Contains(w.SurveyId)).ToDictionaryAsync(w => w.SurveyId, context.CancellationToken);
        var changed = false;
        foreach (var survey in named.Distinct())
        {
            if (!held.TryGetValue(survey, out var wave))
                db.SurveyWaves.Add(wave = new SurveyWave { SurveyId = survey, TenantId = db.CurrentTenantId!, Population = message.Population, Revision = NoRevision });
            if (wave.Revision >= message.Revision) continue;
            var superseded = survey != message.SurveyId;
            // A survey first heard of as the current wave counted before and still does.
            changed |= wave.Superseded != superseded;
            (wave.Population, wave.Superseded, wave.Revision) = (message.Population, superseded, message.Revision);
        }
        if (changed) await gaps.MarkAllAsync(context.CancellationToken);
        else await db.SaveChangesAsync(context.CancellationToken);
    }
}
