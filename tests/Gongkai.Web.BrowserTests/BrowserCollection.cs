namespace Gongkai.Web.BrowserTests;

/// <summary>One running application for every browser test.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser";
}
