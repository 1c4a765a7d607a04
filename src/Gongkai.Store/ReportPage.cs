namespace Gongkai.Store;

/// <summary>One page of a listing, and how many reports the whole listing holds.</summary>
public sealed record ReportPage(IReadOnlyList<StoredReport> Reports, long Total);
