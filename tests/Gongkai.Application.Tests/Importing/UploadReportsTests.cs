using System.Text;
using Gongkai.Application.Importing;
using Gongkai.Application.Units;
using Gongkai.Parsing.Reading;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Importing;

public sealed class UploadReportsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-upload-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Gives_each_file_its_result_under_the_name_it_was_sent_with()
    {
        using var store = Open();
        var errors = Sample("s02-docx-2019-errors.txt");

        var result = UploadReports.Run(store, new UploadOptions
        {
            Scope = AccessScope.All,
            Files =
            [
                UploadedFile.FromBytes("../../住建局.pdf", errors),
                UploadedFile.FromBytes("空.docx", []),
                UploadedFile.FromBytes("说明.txt", Encoding.UTF8.GetBytes("这不是年度报告。")),
                UploadedFile.FromBytes("大.pdf", new byte[2048]),
            ],
            MaxFileBytes = 1024 + errors.Length,
        });

        Assert.Null(result.Failure);
        Assert.Equal(["住建局.pdf", "空.docx", "说明.txt", "大.pdf"], result.Files.Select(f => f.Name));
        Assert.Equal([UploadOutcome.StoredWithErrors, UploadOutcome.Unreadable, UploadOutcome.Unreadable, UploadOutcome.Unreadable], result.Files.Select(f => f.Outcome));
        Assert.NotNull(result.Files[0].ReportId);
        Assert.StartsWith("说明.txt：", result.Files[2].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), string.Concat(result.Files.Select(f => f.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_more_files_than_the_limit_before_reading_any()
    {
        using var store = Open();

        var result = UploadReports.Run(store, new UploadOptions { Scope = AccessScope.All, Files = [UploadedFile.FromBytes("a", [1]), UploadedFile.FromBytes("b", [1])], MaxFiles = 1 });

        Assert.Equal(FailureKind.BadUsage, result.Failure!.Kind);
        Assert.Equal(0, store.Counts().Files);
    }

    [Fact]
    public void Tells_a_new_report_a_new_version_and_a_duplicate_apart()
    {
        using var store = Open();
        Assert.Null(ImportRegistry.Run(store, new RegistryImportOptions { File = Path.Combine(RepositoryRoot.Samples, "registry.csv") }).Failure);
        var original = Sample("s01-docx-2021-clean.txt");
        // The agency corrects one figure (现行有效件数 of 行政规范性文件) and republishes: same agency and year, different content.
        var corrected = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace("\t4\n\t2\n\t27\n", "\t4\n\t2\n\t28\n", StringComparison.Ordinal));
        Assert.NotEqual(original, corrected);

        var first = Upload(store, ("年报.txt", original));
        var again = Upload(store, ("年报-副本.txt", original));
        var version = Upload(store, ("年报-更正.txt", corrected));

        Assert.Equal(UploadOutcome.Stored, Assert.Single(first.Files).Outcome);
        Assert.Equal(UploadOutcome.Duplicate, Assert.Single(again.Files).Outcome);
        Assert.StartsWith($"重复，此前已导入，内容相同，未新增版本：报告 {first.Files[0].ReportId}", again.Files[0].Message, StringComparison.Ordinal);
        Assert.Equal(first.Files[0].ReportId, again.Files[0].ReportId);
        Assert.False(again.Files[0].NeedsUnit);
        Assert.Equal(UploadOutcome.NewVersion, Assert.Single(version.Files).Outcome);
        Assert.Contains("第 2 版", version.Files[0].Message, StringComparison.Ordinal);
        Assert.Equal(first.Files[0].ReportId, version.Files[0].ReportId);
    }

    [Fact]
    public void Expands_a_zip_archive_and_gives_each_file_inside_its_own_result()
    {
        using var store = Open();
        var archive = ZipFiles.Of(("2021/自然资源.txt", Sample("s01-docx-2021-clean.txt")), ("2020/住建局.txt", Sample("s02-docx-2019-errors.txt")), ("说明.txt", Encoding.UTF8.GetBytes("这不是年度报告。")));

        var result = Upload(store, ("年报.zip", archive), ("单独.txt", Sample("s06-md-2019-clean.txt")));

        Assert.Null(result.Failure);
        Assert.Equal(["年报.zip/2021/自然资源.txt", "年报.zip/2020/住建局.txt", "年报.zip/说明.txt", "单独.txt"], result.Files.Select(f => f.Name));
        Assert.Equal(["年报.zip", "年报.zip", "年报.zip", "单独.txt"], result.Files.Select(f => f.Source));
        Assert.Equal([UploadOutcome.Stored, UploadOutcome.StoredWithErrors, UploadOutcome.Unreadable, UploadOutcome.Stored], result.Files.Select(f => f.Outcome));
        Assert.StartsWith("年报.zip/说明.txt：", result.Files[2].Message, StringComparison.Ordinal);
        Assert.Equal(3, store.Counts().Files);
    }

    [Fact]
    public void Reads_a_docx_as_a_document_and_never_expands_it_as_an_archive()
    {
        using var store = Open();
        var docx = File.ReadAllBytes(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures"), "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());

        var result = Upload(store, ("报告.docx", docx));

        Assert.Equal("报告.docx", Assert.Single(result.Files).Name);
        Assert.False(ReportArchive.IsArchive(docx));
    }

    [Fact]
    public void Refuses_a_zip_bomb_entry_by_entry_and_stops_at_the_archives_total()
    {
        using var store = Open();
        var megabyte = new byte[1024 * 1024];
        Array.Fill(megabyte, (byte)'0');
        var bomb = ZipFiles.Of(("炸弹.txt", [.. Enumerable.Repeat(megabyte, 8).SelectMany(b => b)]), ("报告.txt", Sample("s01-docx-2021-clean.txt")));
        var many = ZipFiles.Of(("一.txt", megabyte), ("二.txt", megabyte), ("三.txt", megabyte), ("四.txt", Sample("s01-docx-2021-clean.txt")));

        var single = UploadReports.Run(store, new UploadOptions { Scope = AccessScope.All, Files = [UploadedFile.FromBytes("bomb.zip", bomb)], MaxFileBytes = 2 * 1024 * 1024 });
        var total = UploadReports.Run(store, new UploadOptions
        {
            Scope = AccessScope.All,
            Files = [UploadedFile.FromBytes("many.zip", many)],
            MaxFileBytes = 2 * 1024 * 1024,
            ArchiveLimits = new ReportArchiveLimits { MaxTotalBytes = (5 * 1024 * 1024) / 2 },
        });

        Assert.Equal(UploadOutcome.Unreadable, single.Files[0].Outcome);
        Assert.Equal("bomb.zip/炸弹.txt：解压后超过单个文件 2 MB 的上限（可能是压缩炸弹），已拒绝。", single.Files[0].Message);
        Assert.Equal(UploadOutcome.Stored, single.Files[1].Outcome);
        Assert.Equal(["many.zip/一.txt", "many.zip/二.txt", "many.zip/三.txt"], total.Files.Select(f => f.Name));
        Assert.Contains("压缩包解压后的总大小超过 2 MB 的上限（可能是压缩炸弹），此文件及其后的文件未解压", total.Files[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_entries_whose_names_leave_the_archive_and_stores_nothing_of_them()
    {
        using var store = Open();
        var report = Sample("s01-docx-2021-clean.txt");
        var archive = ZipFiles.Of(("../../逃逸.txt", report), ("/etc/绝对.txt", report), ("C:/盘符.txt", report), ("a/../../上级.txt", report));

        var result = Upload(store, ("traversal.zip", archive));

        Assert.Equal(4, result.Files.Count);
        Assert.All(result.Files, f =>
        {
            Assert.Equal(UploadOutcome.Unreadable, f.Outcome);
            Assert.EndsWith("压缩包内的路径不安全（绝对路径或含“..”），已拒绝。", f.Message, StringComparison.Ordinal);
        });
        Assert.Equal(0, store.Counts().Files);
    }

    [Fact]
    public void Expands_an_archive_inside_an_archive_but_refuses_nesting_past_the_depth()
    {
        using var store = Open();
        var inner = ZipFiles.Of(("自然资源.txt", Sample("s01-docx-2021-clean.txt")));
        var deeper = ZipFiles.Of(("内层.zip", ZipFiles.Of(("更深.zip", inner))));

        var result = Upload(store, ("两层.zip", ZipFiles.Of(("内层.zip", inner))), ("三层.zip", deeper));

        Assert.Equal(["两层.zip/内层.zip/自然资源.txt", "三层.zip/内层.zip/更深.zip"], result.Files.Select(f => f.Name));
        Assert.Equal(UploadOutcome.Stored, result.Files[0].Outcome);
        Assert.Equal("三层.zip/内层.zip/更深.zip：压缩包嵌套超过 2 层，已拒绝。", result.Files[1].Message);
    }

    [Fact]
    public void Refuses_an_encrypted_entry_a_damaged_archive_and_one_with_too_many_entries()
    {
        using var store = Open();
        var encrypted = Encrypt(ZipFiles.Of(("加密.txt", Sample("s01-docx-2021-clean.txt"))));
        byte[] damaged = [.. "PK\x03\x04"u8.ToArray(), .. new byte[200]];
        var crowded = ZipFiles.Of([.. Enumerable.Range(0, 6).Select(i => ($"{i}.txt", new byte[] { (byte)'x' }))]);

        var result = UploadReports.Run(store, new UploadOptions
        {
            Scope = AccessScope.All,
            Files = [UploadedFile.FromBytes("encrypted.zip", encrypted), UploadedFile.FromBytes("damaged.zip", damaged), UploadedFile.FromBytes("crowded.zip", crowded)],
            ArchiveLimits = new ReportArchiveLimits { MaxEntries = 5 },
        });

        Assert.Equal(
            ["encrypted.zip/加密.txt：文件已加密（设有密码），无法读取。", "damaged.zip：ZIP/Office 文件已损坏，无法打开。", "crowded.zip：压缩包内有 6 个文件，超过上限 5 个，已拒绝。"],
            result.Files.Select(f => f.Message));
        Assert.All(result.Files, f => Assert.Equal(UploadOutcome.Unreadable, f.Outcome));
    }

    [Fact]
    public void Offers_a_report_of_no_unit_the_candidates_inside_the_uploaders_scope_only()
    {
        using var store = Open();
        var registry = "code,name,level,region,parent,aliases\n"
            + "LT-JY,鹭汀县教育局,部门,青禾省/青禾市/鹭汀县,,县教育局\n"
            + "ZY-JY,芷岩县教育局,部门,青禾省/青禾市/芷岩县,,县教育局\n";
        Assert.Null(ImportRegistry.Run(store, new RegistryImportOptions { File = "registry.csv", Content = Encoding.UTF8.GetBytes(registry) }).Failure);
        var report = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Sample("s01-docx-2021-clean.txt")).Replace("青禾市自然资源和规划局", "县教育局", StringComparison.Ordinal));

        var admin = UploadReports.Run(store, new UploadOptions { Scope = AccessScope.All, Files = [UploadedFile.FromBytes("教育局.txt", report)] });
        var region = UploadReports.Run(store, new UploadOptions { Scope = AccessScope.Region("青禾省/青禾市/鹭汀县"), Files = [UploadedFile.FromBytes("教育局.txt", report)] });

        Assert.True(admin.Files[0].NeedsUnit);
        Assert.Contains("待确认单位", admin.Files[0].Message, StringComparison.Ordinal);
        Assert.Equal(["LT-JY", "ZY-JY"], admin.Files[0].Candidates.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.True(region.Files[0].NeedsUnit);
        Assert.Equal(["LT-JY"], region.Files[0].Candidates.Select(c => c.Code));
    }

    private ReportStore Open() => ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));

    private static UploadResult Upload(ReportStore store, params (string Name, byte[] Content)[] files) =>
        UploadReports.Run(store, new UploadOptions { Scope = AccessScope.All, Files = [.. files.Select(f => UploadedFile.FromBytes(f.Name, f.Content))] });

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepositoryRoot.Samples, name));

    // Sets the "encrypted" bit of every entry's general-purpose flags, in its local header and its central-directory
    // record, as a password-protecting archiver does (.NET writes no encrypted entries).
    private static byte[] Encrypt(byte[] zip)
    {
        for (var i = 0; i + 4 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4)
            {
                zip[i + 6] |= 1;
            }
            else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                zip[i + 8] |= 1;
            }
        }

        return zip;
    }
}
