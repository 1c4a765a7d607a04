namespace Gongkai.Core.Model;

/// <summary>The three statutory tables of the report.</summary>
public enum TableKind
{
    /// <summary>表二 主动公开政府信息情况 (JSON key <c>proactive</c>).</summary>
    Proactive,

    /// <summary>表三 收到和处理政府信息公开申请情况 (JSON key <c>requests</c>).</summary>
    Requests,

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况 (JSON key <c>appeals</c>).</summary>
    Appeals,
}
