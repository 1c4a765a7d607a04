namespace Gongkai.Core.Model;

/// <summary>The six sections of the report, in the order the format prescribes (条例 art. 50).</summary>
public enum SectionKind
{
    /// <summary>一、总体情况 (older reports: 概述, 基本情况).</summary>
    Overview = 1,

    /// <summary>二、主动公开政府信息情况.</summary>
    Proactive = 2,

    /// <summary>三、收到和处理政府信息公开申请情况.</summary>
    Requests = 3,

    /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
    Appeals = 4,

    /// <summary>五、存在的主要问题及改进情况.</summary>
    Problems = 5,

    /// <summary>六、其他需要报告的事项.</summary>
    Other = 6,
}
