using System.Text;
using Gongkai.Core.Serialization;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;
using Gongkai.Testing;

namespace Gongkai.Store.Tests;

/// <summary>
/// A sample report saved through the store's own API, from its expected JSON: what an import stores after reading and
/// checking, without the readers (those are the application's, tested in Gongkai.Application.Tests).
/// </summary>
internal static class StoredSample
{
    /// <param name="store">The store.</param>
    /// <param name="name">The sample.</param>
    /// <param name="published">Whether it is stored published (an import) or not (filled in online).</param>
    /// <param name="edition">Appended to the file (whitespace, so the report reads the same): another file, another version.</param>
    /// <param name="makeCurrent">Make this version current whatever its rank.</param>
    public static SaveResult Save(ReportStore store, string name = "s01-docx-2021-clean", bool published = true, string edition = "", bool makeCurrent = false) =>
        store.Save(Prepare(name, published, edition), makeCurrent);

    /// <summary>The sample <paramref name="name"/> ready to store, as <see cref="Save"/> stores it.</summary>
    public static PreparedReport Prepare(string name = "s01-docx-2021-clean", bool published = true, string edition = "")
    {
        var path = Path.Combine(RepositoryRoot.Samples, "expected", name + ".json");
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(path) + edition);
        var json = Encoding.UTF8.GetString(bytes);
        var report = ReportJsonReader.Read(json, path);
        return new PreparedReport
        {
            SourcePath = path,
            FileSha256 = StoredFiles.Sha256(bytes),
            FileSize = bytes.Length,
            FileModifiedAt = File.GetLastWriteTimeUtc(path),
            CompressedFile = StoredFiles.Gzip(bytes),
            Format = "json",
            Report = report,
            Findings = report.ReadingDiagnostics,
            ReportJson = json,
            ContentSha256 = StoredFiles.Sha256(bytes),
            Facts = FactRow.From(report),
            Match = UnitMatch.None,
            IsSummary = false,
            Published = published,
        };
    }
}
