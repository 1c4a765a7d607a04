namespace Gongkai.Bench.Tests;

public sealed class CliBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-clibuild-").FullName;

    [Fact]
    public void A_native_build_is_started_directly()
    {
        File.WriteAllText(Path.Combine(_folder, "gongkai"), "");

        Assert.Equal([Path.Combine(_folder, "gongkai")], CliBuild.Command(_folder));
    }

    [Fact]
    public void An_assembly_is_started_on_dotnet_even_beside_its_apphost()
    {
        // A ReadyToRun publish writes both gongkai.dll and a small apphost named gongkai.
        File.WriteAllText(Path.Combine(_folder, "gongkai"), "");
        File.WriteAllText(Path.Combine(_folder, "gongkai.dll"), "");

        Assert.Equal(["dotnet", Path.Combine(_folder, "gongkai.dll")], CliBuild.Command(_folder));
    }

    [Fact]
    public void A_folder_without_a_cli_is_named_as_such()
    {
        Assert.Null(CliBuild.Command(_folder));
        Assert.Equal(_folder, CliBuild.Describe(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
