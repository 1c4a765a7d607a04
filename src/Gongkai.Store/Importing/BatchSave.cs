using System.Data.Common;

namespace Gongkai.Store.Importing;

/// <summary>
/// What happened to one report of <see cref="ReportStore.SaveBatch"/>: its result, or the database error that rolled
/// back its savepoint (the others of the batch are stored).
/// </summary>
/// <param name="Result">The save's result, or <see langword="null"/> when it failed.</param>
/// <param name="Error">Why this report was not stored, or <see langword="null"/>.</param>
public sealed record BatchSave(SaveResult? Result, DbException? Error);
