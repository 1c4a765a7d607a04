using System.Diagnostics;

namespace Gongkai.Cli.Tests;

/// <summary>Expanding FILE|DIR arguments: subfolders, links that loop, the same file twice, and what is skipped and why.</summary>
public sealed class InputFilesTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-inputs-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Two_links_to_the_parent_folder_are_skipped_and_the_walk_ends()
    {
        var report = Touch("报告.txt");
        Directory.CreateDirectory(Path.Combine(_temp, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_temp, "sub", "up1"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_temp, "sub", "up2"), "..");

        var (files, skipped) = InputFiles.Expand([_temp]);

        Assert.Equal([report], files);
        Assert.Equal([SkipReason.DirectoryLink, SkipReason.DirectoryLink], skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Subfolders_are_read_by_default_and_left_out_with_recursion_off()
    {
        var top = Touch("a.txt");
        var nested = Touch(Path.Combine("2022", "b.txt"));

        Assert.Equal([nested, top], InputFiles.Expand([_temp]).Files);
        var (files, skipped) = InputFiles.Expand([_temp], recursive: false);
        Assert.Equal([top], files);
        Assert.Equal(new SkippedFile(Path.Combine(_temp, "2022"), SkipReason.Subfolder), Assert.Single(skipped));
    }

    [Fact]
    public void A_file_reached_by_a_link_and_by_its_own_path_is_read_once()
    {
        var report = Touch("报告.txt");
        File.CreateSymbolicLink(Path.Combine(_temp, "链接.txt"), "报告.txt");

        var (files, skipped) = InputFiles.Expand([_temp, report]);

        Assert.Single(files);
        Assert.Equal([SkipReason.Duplicate, SkipReason.Duplicate], skipped.Select(s => s.Reason));
    }

    [Fact]
    public void A_folder_named_as_an_argument_is_read_through_its_link_but_links_inside_it_are_not_followed()
    {
        var real = Path.Combine(_temp, "real");
        Touch(Path.Combine("real", "a.txt"));
        Touch(Path.Combine("other", "b.txt"));
        Directory.CreateSymbolicLink(Path.Combine(real, "other"), Path.Combine(_temp, "other"));
        var link = Path.Combine(_temp, "link");
        Directory.CreateSymbolicLink(link, real);

        var (files, skipped) = InputFiles.Expand([link]);

        Assert.Equal([Path.Combine(link, "a.txt")], files);
        Assert.Equal(SkipReason.DirectoryLink, Assert.Single(skipped).Reason);
    }

    [Fact]
    public void Hidden_files_readmes_json_and_csv_in_a_folder_are_skipped_with_their_reason()
    {
        Touch(".DS_Store");
        Touch("README.md");
        Touch("expected.json");
        Touch("registry.csv");
        var report = Touch("报告.docx");

        var (files, skipped) = InputFiles.Expand([_temp]);

        Assert.Equal([report], files);
        Assert.Equal(
            [SkipReason.Hidden, SkipReason.Readme, SkipReason.CanonicalJson, SkipReason.Csv],
            skipped.Select(s => s.Reason));
    }

    [Fact]
    public void A_file_named_explicitly_is_kept_whatever_it_is()
    {
        var json = Touch("expected.json");
        var missing = Path.Combine(_temp, "不存在.txt");

        Assert.Equal([json, missing], InputFiles.Expand([json, missing]).Files);
    }

    [Fact]
    public void A_named_pipe_or_a_dangling_link_in_a_folder_is_skipped_instead_of_read()
    {
        // Linux, as the project's machines and CI are: mkfifo makes the pipe that would block a read.
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_temp, "pipe.txt")))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(Path.Combine(_temp, "dangling.txt"), "nowhere.txt");
        var report = Touch("报告.txt");

        var (files, skipped) = InputFiles.Expand([_temp]);

        Assert.Equal([report], files);
        Assert.Equal([SkipReason.NotRegularFile, SkipReason.NotRegularFile], skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Files_of_a_folder_reached_through_a_link_are_the_same_files_as_by_their_real_paths()
    {
        // A folder's files are deduplicated by the folder's real path and their names (one link look-up per file):
        // reached through a link to the folder, or as a link beside their target, they are still the same files.
        var report = Touch(Path.Combine("real", "报告.txt"));
        File.CreateSymbolicLink(Path.Combine(_temp, "real", "链接.txt"), "报告.txt");
        var link = Path.Combine(_temp, "link");
        Directory.CreateSymbolicLink(link, Path.Combine(_temp, "real"));

        var (files, skipped) = InputFiles.Expand([link, report, Path.Combine(_temp, "real")]);

        Assert.Equal([Path.Combine(link, "报告.txt")], files);
        Assert.Equal(
            [Path.Combine(link, "链接.txt"), report, Path.Combine(_temp, "real", "报告.txt"), Path.Combine(_temp, "real", "链接.txt")],
            skipped.Select(s => s.Path));
        Assert.All(skipped, s => Assert.Equal(SkipReason.Duplicate, s.Reason));
    }

    private string Touch(string relative)
    {
        var path = Path.Combine(_temp, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }
}
