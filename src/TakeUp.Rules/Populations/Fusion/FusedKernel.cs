using TakeUp.Rules.Compilation;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// A catalog compiled, for one evaluation date, into one loop over households that computes every right's
/// result in a single pass (see KernelSchedule and KernelEmitter). The delegate is shared by all threads;
/// each thread brings its own KernelFrame.
/// </summary>
internal sealed class FusedKernel
{
    private readonly Action<KernelFrame, int, int> _run;

    private FusedKernel(Action<KernelFrame, int, int> run, int spillSlots, int rights)
    {
        _run = run;
        SpillSlots = spillSlots;
        Rights = rights;
    }

    public int SpillSlots { get; }

    public int Rights { get; }

    public static FusedKernel Compile(CompiledCatalog catalog, DateOnly date)
    {
        var schedule = new KernelSchedule(catalog, date);
        var emitter = new KernelEmitter(catalog, schedule, date);
        var tree = emitter.Build();
        return new FusedKernel(tree.Compile(), emitter.SpillSlots, catalog.Ordered.Count);
    }

    public KernelFrame Frame(Population population, PopulationResult result, int largestHousehold) =>
        new(population, result, Rights, SpillSlots, largestHousehold);

    /// <summary>Evaluates households [first, end) into the frame's result columns.</summary>
    public void Run(KernelFrame frame, int firstHousehold, int endHousehold) => _run(frame, firstHousehold, endHousehold);
}
