namespace Gongkai.Web.BrowserTests;

/// <summary>
/// A running application of its own for 上传's browser tests, which store new reports (that would change the other
/// tests' list counts); run alone, not beside the other browser tests, on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UploadCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser-upload";
}
