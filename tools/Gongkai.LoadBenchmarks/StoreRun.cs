namespace Gongkai.LoadBenchmarks;

/// <summary>The figures of one store (engine) under load, and the server's peak memory over the run.</summary>
internal sealed record StoreRun(string Store, IReadOnlyList<PageFigures> Pages, double? ServerPeakMemoryMb)
{
    public int Errors => Pages.Sum(p => p.Errors);
}
