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
            return new ImportResult { Summary = importer.Import(options.Files, progress, cancellation) };
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
}
