using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;

namespace Gongkai.Application.Outputs;

/// <summary>
/// The long and wide CSV files of <see cref="ExportSheets"/>, byte for byte, written from the store's packed cells
/// without an object per cell: 15 million rows of 100,000 reports (issue #16). Each report's fields and each cell's
/// labels are encoded once (<see cref="CsvRowWriter.Field"/>), numbers formatted into the output buffer.
/// </summary>
public sealed class ExportCsv
{
    private readonly StoreExports _rows;
    private readonly ReportFilter _filter;

    /// <summary>Files of the reports in <paramref name="store"/> that match <paramref name="filter"/>.</summary>
    public ExportCsv(ReportStore store, ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        _filter = filter ?? throw new ArgumentNullException(nameof(filter));
        _rows = new StoreExports(store);
    }

    /// <summary>One row per printed cell (<see cref="ExportSheets.FactColumns"/>) as a CSV file at <paramref name="path"/>.</summary>
    public void WriteLong(string path)
    {
        using var csv = CsvRowWriter.CreateFile(path);
        WriteLong(csv);
    }

    /// <summary>
    /// The bytes of <see cref="WriteLong(string)"/>'s file onto <paramref name="output"/> (standard output, say),
    /// left open; without the file's byte order mark unless <paramref name="byteOrderMark"/>.
    /// </summary>
    public void WriteLong(Stream output, bool byteOrderMark)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var csv = new CsvRowWriter(output, leaveOpen: true, byteOrderMark);
        WriteLong(csv);
    }

    private void WriteLong(CsvRowWriter csv)
    {
        csv.Header(ExportSheets.FactColumns);
        _rows.Cells(_filter, new LongRows(csv, _rows));
    }

    /// <summary>
    /// The sheets <see cref="ExportSheets.Wide"/> of <paramref name="tables"/> as CSV files at <paramref name="paths"/>,
    /// all from one read of the cells.
    /// </summary>
    public void WriteWide(IReadOnlyList<TableKind> tables, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<WideRows.Table>();
        try
        {
            for (var i = 0; i < tables.Count; i++)
            {
                var cells = _rows.CellKeys(tables[i]);
                var csv = CsvRowWriter.CreateFile(paths[i]);
                files.Add(new WideRows.Table(cells, csv));
                csv.Header(ExportSheets.WideColumns(cells));
            }

            _rows.Cells(_filter, new WideRows(files, _rows));
        }
        finally
        {
            foreach (var file in files)
            {
                file.Csv.Dispose();
            }
        }
    }

    // A report's fields encoded once, each followed by a comma: what starts each of its rows.
    private static byte[] ReportFields(ExportedReport report)
    {
        var values = ExportSheets.ReportValues(report);
        return Joined(values.Select((v, i) => CsvRowWriter.Field(v, ExportSheets.ReportColumns[i])));
    }

    private static byte[] Joined(IEnumerable<byte[]> fields)
    {
        var bytes = new List<byte>(128);
        foreach (var field in fields)
        {
            bytes.AddRange(field);
            bytes.Add((byte)',');
        }

        return [.. bytes];
    }

    /// <summary>One row per cell: the report's fields, the cell's table, row, column and state (encoded once per cell id and state), the value.</summary>
    private sealed class LongRows(CsvRowWriter csv, StoreExports rows) : IExportedCellSink
    {
        private byte[] _report = [];
        private byte[]?[] _labels = new byte[]?[1024];

        public void Report(ExportedReport report) => _report = ReportFields(report);

        public void Number(int cellId, long value)
        {
            Start(cellId, CellState.Number);
            csv.Write(value);
            csv.EndRow();
        }

        public void Number(int cellId, decimal value)
        {
            Start(cellId, CellState.Number);
            csv.Write(value);
            csv.EndRow();
        }

        public void NoNumber(int cellId, CellState state)
        {
            Start(cellId, state);
            csv.EndRow();
        }

        public void EndReport()
        {
        }

        private void Start(int cellId, CellState state)
        {
            csv.Write(_report);
            csv.Write(Label(cellId, state));
        }

        private byte[] Label(int cellId, CellState state)
        {
            var slot = (cellId * StoredCellState.Count) + StoredCellState.Code(state);
            if (slot >= _labels.Length)
            {
                Array.Resize(ref _labels, Math.Max(slot + 1, _labels.Length * 2));
            }

            return _labels[slot] ??= Encode(rows.KeyOf(cellId), state);
        }

        private static byte[] Encode(CellKey cell, CellState state)
        {
            var columns = ExportSheets.FactColumns;
            var first = ExportSheets.ReportColumns.Length;
            return Joined([
                CsvRowWriter.Field(cell.Table, columns[first]), CsvRowWriter.Field(cell.Row, columns[first + 1]),
                CsvRowWriter.Field(cell.Column, columns[first + 2]), CsvRowWriter.Field(ExportSheets.StateName(state), columns[first + 3]),
            ]);
        }
    }

    /// <summary>One row per report in each table it has a cell of: the report's fields, then a value (or nothing) per column.</summary>
    private sealed class WideRows(IReadOnlyList<WideRows.Table> tables, StoreExports rows) : IExportedCellSink
    {
        // Where each cell id goes: table index and column, or none (-1); null until the id is first met.
        private (int Table, int Column)?[] _places = new (int, int)?[1024];
        private byte[] _report = [];

        public void Report(ExportedReport report) => _report = ReportFields(report);

        public void Number(int cellId, long value) => Set(cellId, new Value(Value.KindWhole, value, 0m));

        public void Number(int cellId, decimal value) => Set(cellId, new Value(Value.KindFraction, 0, value));

        public void NoNumber(int cellId, CellState state) => Set(cellId, default);

        public void EndReport()
        {
            foreach (var table in tables)
            {
                if (table.Touched)
                {
                    table.WriteRow(_report);
                }
            }
        }

        private void Set(int cellId, Value value)
        {
            if (Place(cellId) is var (table, column) && table >= 0)
            {
                tables[table].Set(column, value);
            }
        }

        private (int Table, int Column) Place(int cellId)
        {
            if (cellId >= _places.Length)
            {
                Array.Resize(ref _places, Math.Max(cellId + 1, _places.Length * 2));
            }

            return _places[cellId] ??= Find(rows.KeyOf(cellId));
        }

        private (int Table, int Column) Find(CellKey cell)
        {
            for (var t = 0; t < tables.Count; t++)
            {
                if (tables[t].Columns.TryGetValue(cell, out var column))
                {
                    return (t, column);
                }
            }

            return (-1, -1);
        }

        /// <summary>A value of a row being filled: none (a blank or unreadable cell), a whole number or a fraction.</summary>
        internal readonly record struct Value(int Kind, long Whole, decimal Fraction)
        {
            public const int KindNone = 0;
            public const int KindWhole = 1;
            public const int KindFraction = 2;
        }

        /// <summary>One table's file and the row of the current report being filled.</summary>
        internal sealed class Table(IReadOnlyList<CellKey> cells, CsvRowWriter csv)
        {
            private readonly Value[] _row = new Value[cells.Count];

            public Dictionary<CellKey, int> Columns { get; } = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);

            public CsvRowWriter Csv => csv;

            public bool Touched { get; private set; }

            public void Set(int column, Value value)
            {
                _row[column] = value;
                Touched = true;
            }

            // The report's fields end with a comma: the values follow, separated by commas.
            public void WriteRow(byte[] report)
            {
                csv.Write(report.AsSpan(0, report.Length - 1));
                foreach (var value in _row)
                {
                    csv.Comma();
                    if (value.Kind == Value.KindWhole)
                    {
                        csv.Write(value.Whole);
                    }
                    else if (value.Kind == Value.KindFraction)
                    {
                        csv.Write(value.Fraction);
                    }
                }

                csv.EndRow();
                Array.Clear(_row);
                Touched = false;
            }
        }
    }
}
