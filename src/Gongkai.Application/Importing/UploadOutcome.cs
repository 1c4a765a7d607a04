namespace Gongkai.Application.Importing;

/// <summary>What became of one uploaded file (or one file of an uploaded ZIP archive).</summary>
public enum UploadOutcome
{
    /// <summary>已入库: a report new to the store, no error found.</summary>
    Stored,

    /// <summary>新版本: another version of a stored report (a changed file, or an earlier or older one kept in its history), no error found.</summary>
    NewVersion,

    /// <summary>重复: this file, or one with the same content, was stored before; nothing new stored.</summary>
    Duplicate,

    /// <summary>有错误: stored, and its figures break a statutory rule.</summary>
    StoredWithErrors,

    /// <summary>无法读取: not a report that can be read (the reason says why); nothing stored.</summary>
    Unreadable,
}
