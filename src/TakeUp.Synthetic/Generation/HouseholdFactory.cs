using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Generation;

/// <summary>
/// Draws household after household. Each household gets its own random stream (seed, index); only the INSZ
/// allocator carries state from one household to the next, so that numbers stay unique.
/// </summary>
internal sealed class HouseholdFactory
{
    private readonly GenerationContext _ctx;
    private readonly InszAllocator _insz;
    private readonly HouseholdDraft _draft = new();
    private readonly HouseholdWriter _writer;

    public HouseholdFactory(PopulationOptions options)
    {
        _ctx = new GenerationContext(options);
        _insz = new InszAllocator(options.ReferenceDate, options.Seed);
        _writer = new HouseholdWriter(_ctx);
    }

    public Household Create(long index, int maxPersons)
    {
        var rng = Xoshiro256StarStar.ForStream(_ctx.Seed, (ulong)index);
        CompositionStep.Compose(ref rng, _draft, maxPersons, _ctx);
        IdentityStep.Assign(ref rng, _draft, _ctx, _insz);
        PersonalStatusStep.Assign(ref rng, _draft, _ctx);
        IncomeStep.Assign(ref rng, _draft, _ctx);
        HousingStep.Assign(ref rng, _draft, _ctx);
        HouseholdStatusStep.Assign(ref rng, _draft, _ctx);
        return _writer.Write(ref rng, _draft, index);
    }
}
