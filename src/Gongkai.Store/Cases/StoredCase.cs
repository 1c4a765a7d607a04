using Gongkai.Core.Cases;

namespace Gongkai.Store.Cases;

/// <summary>A case as stored (migration 0010).</summary>
/// <param name="Case">The case read from its body.</param>
/// <param name="Due">The answer deadline the application computed when saving it, if any.</param>
/// <param name="Version">Grows by one on every save (optimistic concurrency).</param>
/// <param name="CreatedBy">Who registered it.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="UpdatedAt">When it was saved last.</param>
public sealed record StoredCase(RequestCase Case, DateOnly? Due, int Version, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
