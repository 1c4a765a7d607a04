namespace Gongkai.Web.BrowserTests;

/// <summary>
/// A running application of its own for 依申请公开办理's browser test, which registers a case and records its steps;
/// run alone, not beside the other browser tests, on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CasesBrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser-cases";
}
