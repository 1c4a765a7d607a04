using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>A recognised row with every way its printed cells can fill the template's columns.</summary>
internal sealed class RowReadings
{
    private decimal?[][]? _numbers;
    private int _chosen;
    private IReadOnlyCollection<int>? _optimal;

    /// <summary>A row whose value cells may fill the columns in several ways (text split on tabs or spaces).</summary>
    public RowReadings(string key, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<SourceCell> values, SourceRef source, decimal moneyUnit = 1m)
        : this(key, columns, ValuePlacement.Candidates(values, columns.Count), values.Count, source, moneyUnit)
    {
    }

    /// <summary>A row whose cells are known column by column (a grid): exactly one reading.</summary>
    public RowReadings(string key, IReadOnlyList<ColumnSpec> columns, SourceCell?[] reading, SourceRef source, decimal moneyUnit = 1m)
        : this(key, columns, [reading], reading.Length, source, moneyUnit)
    {
    }

    /// <summary>A row whose readings a layout rule produced (<see cref="InferredRows"/>), e.g. runs of dropped repeats.</summary>
    public RowReadings(string key, IReadOnlyList<ColumnSpec> columns, List<SourceCell?[]> candidates, int printed, SourceRef source, decimal moneyUnit, string rule)
        : this(key, columns, candidates, printed, source, moneyUnit)
    {
        Rule = rule;
    }

    private RowReadings(string key, IReadOnlyList<ColumnSpec> columns, List<SourceCell?[]> candidates, int printed, SourceRef source, decimal moneyUnit)
    {
        Key = key;
        Columns = columns;
        Source = source;
        MoneyUnit = moneyUnit;
        PrintedCount = printed;
        Candidates = candidates;
    }

    /// <summary>The canonical row key.</summary>
    public string Key { get; }

    /// <summary>The template columns the row fills.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>Where the row was read.</summary>
    public SourceRef Source { get; }

    /// <summary>For money printed without a unit: one printed unit in 万元 (from the column header).</summary>
    public decimal MoneyUnit { get; }

    /// <summary>How many value cells the row printed.</summary>
    public int PrintedCount { get; }

    /// <summary>The distinct readings, most natural first.</summary>
    public List<SourceCell?[]> Candidates { get; }

    /// <summary>Each reading's numbers (null for blank or unreadable), for the balance search; computed on first use.</summary>
    public decimal?[][] Numbers => _numbers ??= Candidates
        .Select(reading => reading.Select(cell => cell is null ? null : CellValueReader.Read(cell.Text, CellKind.Count).Value).ToArray())
        .ToArray();

    /// <summary>The reading chosen.</summary>
    public int Chosen
    {
        get => _chosen;
        set
        {
            _chosen = value;
            _optimal = null;
        }
    }

    /// <summary>
    /// The stable id of the layout rule whose readings these are (<c>repeats-dropped</c>, <c>glued-digits</c>), or
    /// null for a row placed as printed; such a row's cells carry <c>Cell.Inference</c> (<see cref="TableAssembler"/>).
    /// </summary>
    public string? Rule { get; }

    /// <summary>For a rule's row: whether its own equation (row 总计) narrowed its readings.</summary>
    public bool HeldByRowEquation { get; init; }

    /// <summary>For a rule's row, in Chinese: what fixed its readings (the layout rule and the equations).</summary>
    public string Reason { get; set; } = "";

    /// <summary>The readings that satisfy the most equations, <see cref="Chosen"/> among them (by default it alone).</summary>
    public IReadOnlyCollection<int> Optimal
    {
        get => _optimal ?? [_chosen];
        set => _optimal = value;
    }

    /// <summary>Whether the sums could not decide between readings.</summary>
    public bool Undecided { get; set; }

    /// <summary>Whether the row could be read in more than one way.</summary>
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>The chosen reading's numbers.</summary>
    public decimal?[] ChosenNumbers => Numbers[Chosen];
}
