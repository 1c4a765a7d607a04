namespace Gongkai.Parsing.Recognition;

/// <summary>What the title and the signature say: agency, year, date, and which rows hold the signature.</summary>
internal sealed record ReportMetadata(string? Agency, int? Year, DateOnly? PublishedOn, IReadOnlySet<int> SignatureRows);
