namespace Gongkai.Web.BrowserTests;

/// <summary>
/// A running application of its own for 在线填报's browser test, which submits a report (a new report that would change
/// the other tests' list counts); run alone, not beside the other browser tests, on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DraftsBrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser-drafts";
}
