namespace Gongkai.Web.Api;

/// <summary>One cell's total in <see cref="RollupBody"/>: its keys, the sum, and how many reports print it or leave it blank.</summary>
internal sealed record RollupCell(string Table, string Row, string Column, decimal Sum, int Reporting, int Blank);
