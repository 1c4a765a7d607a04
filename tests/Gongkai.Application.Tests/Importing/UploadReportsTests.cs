using System.Text;
using Gongkai.Application.Importing;
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
        using var store = ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));
        var errors = File.ReadAllBytes(Path.Combine(RepositoryRoot.Samples, "s02-docx-2019-errors.txt"));

        var result = UploadReports.Run(store, new UploadOptions
        {
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
        using var store = ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));

        var result = UploadReports.Run(store, new UploadOptions { Files = [UploadedFile.FromBytes("a", [1]), UploadedFile.FromBytes("b", [1])], MaxFiles = 1 });

        Assert.Equal(FailureKind.BadUsage, result.Failure!.Kind);
        Assert.Equal(0, store.Counts().Files);
    }
}
