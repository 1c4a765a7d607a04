namespace Gongkai.Application.Importing;

/// <summary>What became of one uploaded file.</summary>
public enum UploadOutcome
{
    /// <summary>已入库: stored (or already stored), no error found.</summary>
    Stored,

    /// <summary>有错误: stored, and its figures break a statutory rule.</summary>
    StoredWithErrors,

    /// <summary>无法读取: not a report that can be read (the reason says why); nothing stored.</summary>
    Unreadable,
}
