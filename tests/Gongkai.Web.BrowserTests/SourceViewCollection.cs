namespace Gongkai.Web.BrowserTests;

/// <summary>
/// A running application of its own for 查看原文's browser tests, which upload a corpus PDF (a new report that would
/// change the other tests' list counts); run alone, not beside the other browser tests, on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SourceViewCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser-source";
}
