namespace Gongkai.Bench;

/// <summary>
/// One row of the table: a CLI command line run as a whole process over <see cref="Reports"/> reports, with its
/// baselines (other programs over the same files). <see cref="Arguments"/> gets a fresh scratch per run (an empty
/// output folder, a fresh database).
/// </summary>
/// <param name="Id">Stable id for <c>--only</c> and the targets table.</param>
/// <param name="Work">What is measured, in Chinese.</param>
/// <param name="Reports">Reports the command handles, for the rate.</param>
/// <param name="Arguments">The CLI's arguments (after the command that starts it, <see cref="CliBuild"/>) for one run.</param>
/// <param name="Baselines">Programs over the same input, each run as one process.</param>
/// <param name="Exits">Exit codes that mean success (check and audit exit 2 when reports have errors).</param>
internal sealed record BenchRow(string Id, string Work, int Reports, Func<RunScratch, IReadOnlyList<string>> Arguments, IReadOnlyList<Baseline> Baselines, IReadOnlyCollection<int> Exits)
{
    /// <summary>The goal for this row.</summary>
    public BenchTarget Target => BenchTargets.For(Id);
}

/// <summary>A baseline: a program other than ours over the same input, e.g. <c>cat</c> of the folder.</summary>
/// <param name="Name">As printed.</param>
/// <param name="Command">The argv for one run (given its scratch), run in one process (a shell when it loops over files).</param>
internal sealed record Baseline(string Name, Func<RunScratch, IReadOnlyList<string>> Command);
