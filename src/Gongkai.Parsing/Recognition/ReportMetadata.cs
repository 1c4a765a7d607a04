using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>What the title and the signature say: agency, year, date, which rows hold the signature, and where each value was read (keyed by <see cref="MetadataField"/>).</summary>
internal sealed record ReportMetadata(string? Agency, int? Year, DateOnly? PublishedOn, IReadOnlySet<int> SignatureRows, IReadOnlyDictionary<string, SourceRef> Sources);
