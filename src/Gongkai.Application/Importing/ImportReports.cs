using System.Data.Common;
using Gongkai.Application.Sources;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Importing;

/// <summary>
/// Imports many reports into an open store: parsed in parallel with the readers only, each checked once with the
/// registry's level, written by a single writer; resumable (files already imported are skipped).
/// </summary>
public static class ImportReports
{
    /// <summary>Imports <see cref="ImportOptions.Files"/> into <paramref name="store"/>, reporting progress as it goes.</summary>
    /// <remarks>A cancelled import returns what was stored so far, with <see cref="ImportSummary.Cancelled"/> set.</remarks>
    public static ImportResult Run(ReportStore store, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var importer = new ReportImporter(store, ReportPipelines.WithReadTimeout(options.ReadTimeout), options.Jobs) { MakeCurrent = options.MakeCurrent };
            return new ImportResult { Summary = InInputOrder(importer.Import(options.Files, progress, cancellation), options.Files) };
        }
        catch (DbException ex)
        {
            // A file that cannot be stored is listed by the importer; this is the store itself failing.
            return new ImportResult
            {
                Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 操作失败：{StoreErrors.Describe(ex)}。", ex),
            };
        }
    }

    // The importer lists files as they are stored, which on several cores is not the order given: the summary lists
    // them (and their failures) in input order, so that it reads the same whatever -j.
    private static ImportSummary InInputOrder(ImportSummary summary, IReadOnlyList<string> files)
    {
        var position = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = files.Count - 1; i >= 0; i--)
        {
            position[files[i]] = i;
        }

        int Of(string file) => position.GetValueOrDefault(file, int.MaxValue);
        return summary with { Files = [.. summary.Files.OrderBy(f => Of(f.File))], Failures = [.. summary.Failures.OrderBy(f => Of(f.File))] };
    }
}