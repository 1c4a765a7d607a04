namespace Gongkai.Web.Tests;

/// <summary>One application and store for every test class (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}
