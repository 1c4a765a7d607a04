using Gongkai.Application.Inspecting;
using Gongkai.Parsing.Documents;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Inspecting;

public sealed class InspectDocumentTests
{
    [Fact]
    public void Shows_the_paragraphs_and_tables_the_reader_saw_in_order()
    {
        var inspected = InspectDocument.Run(new InspectOptions { File = Path.Combine(RepositoryRoot.Samples, "s06-md-2019-clean.txt") });

        Assert.Null(inspected.Failure);
        var blocks = inspected.Document!.Blocks;
        Assert.StartsWith("青禾市人力资源和社会保障局2020年", Assert.IsType<SourceParagraph>(blocks[0]).Text, StringComparison.Ordinal);
        Assert.Equal(3, blocks.OfType<SourceTable>().Count(t => t.Rows.Count > 1));
    }

    [Fact]
    public void Says_in_chinese_why_a_missing_file_cannot_be_read()
    {
        var inspected = InspectDocument.Run(new InspectOptions { File = "/nonexistent.pdf" });

        Assert.Null(inspected.Document);
        Assert.Equal(new UseCaseFailure(FailureKind.UnusableInput, "/nonexistent.pdf：文件不存在。"), inspected.Failure);
    }
}
