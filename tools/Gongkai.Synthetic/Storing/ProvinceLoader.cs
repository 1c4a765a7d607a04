using System.Text;
using Gongkai.Application.Importing;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;
using Gongkai.Store;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;

namespace Gongkai.Synthetic.Storing;

/// <summary>
/// Stores a synthetic province directly (no rendering, no parsing): its registry, then every report through the
/// product's save path (<see cref="ReportPreparer.PrepareParsed"/> and <see cref="ReportStore.SaveBatch"/>, as an import
/// commits them: many reports per transaction, each in its savepoint), so whatever the store maintains at import (versions, facts, aggregates) is populated as an import
/// would. Used by the store benchmark (<c>load</c>) and by <c>gongkai bench</c> for its roll-up, audit and export store.
/// </summary>
public static class ProvinceLoader
{
    // Reports per transaction: as many as an import's group commit takes (ReportImporter), so loading costs what importing does.
    private const int BatchSize = 64;

    /// <summary>Stores <paramref name="province"/> into <paramref name="store"/>; <paramref name="progress"/> hears the count every 10,000 reports.</summary>
    /// <returns>The number of reports stored and the time spent in <see cref="ReportStore.SaveBatch"/>.</returns>
    public static (int Count, TimeSpan Saving) Load(SyntheticProvince province, ReportStore store, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(store);
        store.ImportRegistry([.. province.Units.Select(u => new RegisteredUnit(u.Code, u.Name, u.Level, u.Region, u.ParentCode, u.Aliases))]);
        var preparer = new ReportPreparer(new ReportPipelineBuilder().Build(), store.Matcher());
        var count = 0;
        var saving = new System.Diagnostics.Stopwatch();
        var batch = new List<PreparedReport>(BatchSize);
        void Flush()
        {
            saving.Start();
            var failed = store.SaveBatch(batch).FirstOrDefault(s => s.Error is not null);
            saving.Stop();
            batch.Clear();
            if (failed?.Error is { } error)
            {
                throw new InvalidOperationException("a synthetic report was refused by the store", error);
            }
        }

        foreach (var report in province.Reports())
        {
            var json = ReportJsonWriter.Write(report.Report);
            batch.Add(preparer.PrepareParsed(report.Report, $"{report.Unit.Code}-{report.Year}-v{report.Version}.json", Encoding.UTF8.GetBytes(json)));
            if (batch.Count == BatchSize)
            {
                Flush();
            }

            if (++count % 10_000 == 0)
            {
                progress?.Invoke(count);
            }
        }

        Flush();
        return (count, saving.Elapsed);
    }
}
