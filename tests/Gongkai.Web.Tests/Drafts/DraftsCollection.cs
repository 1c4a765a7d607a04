namespace Gongkai.Web.Tests.Drafts;

/// <summary>
/// An application and store of their own for the 在线填报 tests: a submission adds a report, which the shared store's
/// tests (role × resource list sizes) must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DraftsCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "drafts";
}
