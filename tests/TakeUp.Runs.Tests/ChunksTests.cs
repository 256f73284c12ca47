using TakeUp.Data.Ledger;
using TakeUp.Data.Storage;
using TakeUp.Rules.Results;
using TakeUp.Runs.Ledger;
using TakeUp.Runs.Running;

namespace TakeUp.Runs.Tests;

public class ChunksTests
{
    [Fact]
    public void Keeps_every_value_in_order_across_blocks()
    {
        var chunks = new Chunks<long>();
        const int count = 2 * 65_536 + 5;
        for (long i = 0; i < count; i++) chunks.Add(i * 3);

        Assert.Equal(count, chunks.Count);
        Assert.Equal(65_535L * 3, chunks[65_535]);
        Assert.Equal(65_536L * 3, chunks[65_536]);
        Assert.Equal((count - 1L) * 3, chunks[count - 1]);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3L), chunks);
        var seen = new List<long>();
        foreach (long value in chunks) seen.Add(value); // the struct enumerator, as the run's writers use it
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3L), seen);
        foreach (long value in new Chunks<long>()) Assert.Fail($"an empty list enumerated {value}");
        Assert.Throws<ArgumentOutOfRangeException>(() => chunks[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => chunks[-1]);
        Assert.Empty(new Chunks<long>());
    }

    [Fact]
    public void States_in_stage_order_are_every_state_once_sorted_by_stage_and_right_and_otherwise_as_made()
    {
        var states = new Chunks<Changes.State>();
        Stage[] stages = [Stage.Proposed, Stage.FactsAsked, Stage.Invited, Stage.Granted, Stage.Identified];
        string[] rights = ["leefloon", "groeipakket", "verhoogde-tegemoetkoming"];
        var evaluation = new Evaluation(Outcome.Eligible, RightAction.None, null, false);
        for (int i = 0; i < 70_000; i++)
            states.Add(new Changes.State($"p{i}", rights[i * 7 % rights.Length], "h", evaluation, stages[i * 11 % stages.Length],
                new DateOnly(2025, 6, 1), null, null, Replaces: false, LastEntryNumber: i));

        var ordered = PopulationRun.InStageOrder(states).ToList();

        Assert.Equal(states.Count, ordered.Count);
        Assert.Equal(Enumerable.Range(0, states.Count).Select(i => (long)i), ordered.Select(s => s.LastEntryNumber).Order());
        var keys = ordered.Select(s => (Naming.Kebab(s.Stage), s.Right)).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            int byKey = string.CompareOrdinal(keys[i - 1].Item1, keys[i].Item1) is var stage and not 0 ? stage : string.CompareOrdinal(keys[i - 1].Right, keys[i].Right);
            Assert.True(byKey < 0 || (byKey == 0 && ordered[i - 1].LastEntryNumber < ordered[i].LastEntryNumber),
                $"row {i}: {keys[i - 1]} #{ordered[i - 1].LastEntryNumber} before {keys[i]} #{ordered[i].LastEntryNumber}");
        }
    }
}
