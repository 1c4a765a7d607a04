using System.Diagnostics;
using System.Threading.Channels;
using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Pipeline;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;

namespace Gongkai.Application.Importing;

/// <summary>
/// Imports many files: parsing on every core, storing on one thread (SQLite) or several connections (PostgreSQL),
/// the reports waiting in a writer's queue in one transaction, each in its own savepoint.
/// </summary>
/// <remarks>
/// Resumable by construction: a file's SHA-256 is its address, so a re-run skips every file whose transaction
/// committed (without reading it past the hash) and redoes the batch a crash interrupted. A file that fails is
/// listed and never stops the batch. The queue between parsers and the writer is bounded, so memory stays flat
/// however many files there are.
/// </remarks>
public sealed class ReportImporter
{
    private readonly ReportStore _store;
    private readonly ReportPipeline _pipeline;
    private readonly int _parallelism;

    /// <summary>An importer into <paramref name="store"/> reading with <paramref name="pipeline"/> on <paramref name="parallelism"/> threads.</summary>
    public ReportImporter(ReportStore store, ReportPipeline pipeline, int? parallelism = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
    }

    /// <summary>
    /// Make each file's version current whatever the rank, also for files imported before (<c>import
    /// --make-current</c>: the user says which copy is right). Without it a file whose content equals an earlier
    /// version never displaces the current one.
    /// </summary>
    public bool MakeCurrent { get; init; }

    /// <summary>Imports <paramref name="files"/>, reporting after each one; stops early (keeping what is stored) on <paramref name="cancellation"/>.</summary>
    public ImportSummary Import(IReadOnlyList<string> files, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var clock = Stopwatch.StartNew();
        var known = _store.ImportedFileHashes();
        var preparer = new ReportPreparer(_pipeline, _store.Matcher());
        var stores = OpenWriters();
        var queues = stores.Select(_ => Channel.CreateBounded<Prepared>(new BoundedChannelOptions(Math.Max(_parallelism * 4, MaxBatch)) { SingleReader = true })).ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        var producer = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(
                    files,
                    new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = stop.Token },
                    file =>
                    {
                        var item = PrepareOne(preparer, known, file, stop.Token);
                        queues[Shard(item, queues.Length)].Writer.WriteAsync(item, stop.Token).AsTask().GetAwaiter().GetResult();
                    });
            }
            catch (OperationCanceledException)
            {
                // Cancelled: the writers stop at the next file; what was stored stays stored.
            }
            finally
            {
                foreach (var queue in queues)
                {
                    queue.Writer.TryComplete();
                }
            }
        }, CancellationToken.None);

        var imported = new List<ImportedFile>(files.Count);
        var failures = new List<ImportFailure>();
        int stored = 0, skipped = 0, withErrors = 0;
        void Record(ImportedFile? file, ImportFailure? failure)
        {
            lock (imported)
            {
                if (failure is not null)
                {
                    failures.Add(failure);
                }

                if (file is not null)
                {
                    imported.Add(file);
                    var isNew = file.Outcome is SaveOutcome.Added or SaveOutcome.NewVersion or SaveOutcome.OlderVersion;
                    stored += isNew ? 1 : 0;
                    skipped += isNew ? 0 : 1;
                    withErrors += isNew && file.Errors > 0 ? 1 : 0;
                }

                progress?.Report(new ImportProgress(files.Count, imported.Count + failures.Count, stored, skipped, failures.Count, withErrors, clock.Elapsed));
            }
        }

        var writers = stores.Select((store, i) => Task.Run(() => Write(store, queues[i].Reader, Record, MakeCurrent, stop.Token), CancellationToken.None)).ToArray();
        try
        {
            Task.WaitAll(writers, CancellationToken.None);
        }
        finally
        {
            stop.Cancel();
            producer.GetAwaiter().GetResult();
            foreach (var extra in stores.Skip(1))
            {
                extra.Dispose();
            }
        }

        return new ImportSummary(imported, failures, clock.Elapsed, cancellation.IsCancellationRequested);
    }

    // SQLite has one writer at a time anyway. PostgreSQL's import is bound by round trips (12 per report), not by
    // the server, so several connections write at once; a report's files always go to the same connection, so
    // versions of one report are stored one after the other (docs/store.md, "Files, reports and versions").
    private List<ReportStore> OpenWriters()
    {
        var stores = new List<ReportStore> { _store };
        if (_store.Engine == StoreEngine.Postgres)
        {
            for (var i = 1; i < Math.Max(4, _parallelism * 2); i++)
            {
                stores.Add(ReportStore.Open(_store.Location));
            }
        }

        return stores;
    }

    private static int Shard(Prepared item, int shards) =>
        item.Report is { } report ? (int)((uint)StringComparer.Ordinal.GetHashCode(report.Identity) % (uint)shards) : 0;

    private static void Write(ReportStore store, ChannelReader<Prepared> queue, Action<ImportedFile?, ImportFailure?> record, bool makeCurrent, CancellationToken stop)
    {
        var batch = new List<Prepared>(MaxBatch);
        try
        {
            while (queue.WaitToReadAsync(stop).AsTask().GetAwaiter().GetResult())
            {
                Collect(queue, batch, stop);
                Flush(store, batch, record, makeCurrent);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C between two batches, or while one was being collected: nothing of it is written (a re-run redoes it).
        }
    }

    // Group commit: a commit costs the same for one report as for many, so the writer takes what is waiting, and what
    // arrives within a short window, into one transaction (ReportStore.SaveBatch).
    private const int MaxBatch = 64;
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(100);

    private static void Collect(ChannelReader<Prepared> queue, List<Prepared> batch, CancellationToken stop)
    {
        var window = Stopwatch.StartNew();
        while (batch.Count < MaxBatch)
        {
            if (queue.TryRead(out var item))
            {
                batch.Add(item);
                continue;
            }

            var left = BatchWindow - window.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
            wait.CancelAfter(left);
            try
            {
                if (!queue.WaitToReadAsync(wait.Token).AsTask().GetAwaiter().GetResult())
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // Reports go to the store in runs, in queue order; a file imported before that --make-current touches is a
    // transaction of its own between two runs (it may concern a report of the run).
    private static void Flush(ReportStore store, List<Prepared> batch, Action<ImportedFile?, ImportFailure?> record, bool makeCurrent)
    {
        var run = new List<Prepared>(batch.Count);
        foreach (var item in batch)
        {
            if (item.Failure is { } failure)
            {
                record(null, failure);
            }
            else if (item.Report is not null)
            {
                run.Add(item);
            }
            else if (makeCurrent)
            {
                StoreRun(store, run, record, makeCurrent);
                run.Clear();
                var (file, storeFailure) = Store(store, item, makeCurrent);
                record(file, storeFailure);
            }
            else
            {
                record(Skipped(item, null), null);
            }
        }

        StoreRun(store, run, record, makeCurrent);
        batch.Clear();
    }

    private static void StoreRun(ReportStore store, List<Prepared> run, Action<ImportedFile?, ImportFailure?> record, bool makeCurrent)
    {
        if (run.Count == 0)
        {
            return;
        }

        IReadOnlyList<BatchSave> saves;
        try
        {
            saves = store.SaveBatch([.. run.Select(item => item.Report!)], makeCurrent);
        }
        catch (System.Data.Common.DbException)
        {
            // The batch as a whole failed (a conflict that outlasted the retries): one transaction per file, so that
            // only the file at fault is listed.
            foreach (var item in run)
            {
                var (file, failure) = Store(store, item, makeCurrent);
                record(file, failure);
            }

            return;
        }

        for (var i = 0; i < run.Count; i++)
        {
            if (saves[i].Error is { } error)
            {
                record(null, WriteFailure(run[i], error));
            }
            else
            {
                record(Stored(run[i], saves[i].Result!), null);
            }
        }
    }

    private static (ImportedFile? File, ImportFailure? Failure) Store(ReportStore store, Prepared item, bool makeCurrent)
    {
        try
        {
            if (item.Report is not { } report)
            {
                // Imported before, not read again; with --make-current its version becomes current.
                return (Skipped(item, makeCurrent && item.Sha256 is { } sha ? store.MakeCurrent(sha) : null), null);
            }

            return (Stored(item, store.Save(report, makeCurrent)), null);
        }
        catch (System.Data.Common.DbException ex)
        {
            return (null, WriteFailure(item, ex));
        }
    }

    private static ImportedFile Skipped(Prepared item, SaveResult? made) =>
        new(item.File, made?.Outcome ?? SaveOutcome.AlreadyImported, made?.ReportId ?? 0, made?.Version ?? 0, null, null, 0, 0, false)
        {
            CurrentVersion = made?.CurrentVersion ?? 0,
        };

    private static ImportedFile Stored(Prepared item, SaveResult result)
    {
        var report = item.Report!;
        return new ImportedFile(item.File, result.Outcome, result.ReportId, result.Version, report.Report.Agency, report.Report.Year,
            report.Findings.Count(f => f.Severity == Severity.Error), report.Findings.Count(f => f.Severity == Severity.Warning), report.Match.Unit is not null)
        {
            CurrentVersion = result.CurrentVersion,
        };
    }

    private static ImportFailure WriteFailure(Prepared item, System.Data.Common.DbException ex) =>
        new(item.File, $"{item.File}：写入数据库失败（{StoreErrors.Describe(ex)}），本文件未导入，其余文件不受影响。", Detail(ex));

    // A file that takes longer than the pipeline's read budget comes back as a failure at the deadline, so one stuck
    // file cannot hold the batch; on cancellation a read in progress is abandoned at once.
    private Prepared PrepareOne(ReportPreparer preparer, HashSet<string> known, string file, CancellationToken cancellation)
    {
        try
        {
            var size = new FileInfo(file).Length;
            if (size > _pipeline.Limits.MaxFileBytes)
            {
                return new Prepared(file, null, new ImportFailure(file, $"{file}：文件过大（{size / 1024.0 / 1024.0:F1} MB），超过上限 {_pipeline.Limits.MaxFileBytes / 1024 / 1024} MB。"));
            }

            var bytes = File.ReadAllBytes(file);
            var sha = StoredFiles.Sha256(bytes);
            if (known.Contains(sha))
            {
                return new Prepared(file, null, null, sha);
            }

            var (report, failure) = preparer.Prepare(file, bytes, sha, cancellation);
            return new Prepared(file, report, failure);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Prepared(file, null, new ImportFailure(file, $"{file}：无法读取文件（{IoFailures.Describe(ex)}）。", Detail(ex)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // A reader bug must not stop the batch; the file is listed with the error.
            return new Prepared(file, null, new ImportFailure(file, $"{file}：内部错误，请连同此文件报告。", Detail(ex)));
        }
    }

    private static string Detail(Exception ex) => $"{ex.GetType().FullName}: {ex.Message}";

    private sealed record Prepared(string File, PreparedReport? Report, ImportFailure? Failure, string? Sha256 = null);
}
