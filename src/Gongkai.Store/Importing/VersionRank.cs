namespace Gongkai.Store.Importing;

/// <summary>
/// Which of two different contents of one report is the newer, i.e. which should be current (docs/store.md,
/// "Files, reports and versions"): the later 落款 date (a dated version ranks above an undated one); on equal or
/// missing dates, the later modification time of the file that gave the version (a re-downloaded or re-saved
/// correction is newer than the old copy); on equal times, the larger content hash. Never the file name, and
/// never the order in which a parallel import happens to store the files: the rank is a total order, so the
/// current version is the same whatever order (or how many concurrent imports) stored them.
/// </summary>
/// <remarks>Only distinct contents are ranked: a file whose content equals a stored version is a source of that version.</remarks>
internal readonly record struct VersionRank(DateOnly? PublishedOn, DateTimeOffset FileModifiedAt, string ContentSha256)
{
    /// <summary>The same rank in SQL, newest first, over <c>report_versions</c> (no alias).</summary>
    public const string NewestFirstSql = "published_on IS NULL, published_on DESC, COALESCE(file_modified_at, imported_at) DESC, content_sha256 DESC";

    /// <summary>
    /// A file time as the store keeps it: UTC, whole microseconds (PostgreSQL's <c>timestamptz</c> precision), so that
    /// a time read back from either engine compares equal to the one written.
    /// </summary>
    public static DateTimeOffset StoredTime(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>Whether this content ranks above <paramref name="other"/>.</summary>
    public bool IsNewerThan(VersionRank other) => CompareTo(other) > 0;

    /// <summary>Negative when this content ranks below <paramref name="other"/>, positive when above.</summary>
    public int CompareTo(VersionRank other)
    {
        var byDate = (PublishedOn, other.PublishedOn) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (a, b) => a.Value.CompareTo(b.Value),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byTime = FileModifiedAt.CompareTo(other.FileModifiedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(ContentSha256, other.ContentSha256);
    }
}
