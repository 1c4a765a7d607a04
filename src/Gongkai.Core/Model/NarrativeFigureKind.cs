namespace Gongkai.Core.Model;

/// <summary>Figures that reports state in their text and that the tables also give.</summary>
public enum NarrativeFigureKind
{
    /// <summary>Applications received, e.g. <c>收到政府信息公开申请40件</c> (表三 一、本年新收).</summary>
    RequestsReceived,

    /// <summary>Administrative reconsiderations, e.g. <c>行政复议1件</c> (表四 行政复议 总计).</summary>
    Reconsiderations,

    /// <summary>Administrative lawsuits, e.g. <c>行政诉讼3件</c> (表四 both 行政诉讼 groups' 总计).</summary>
    Lawsuits,
}
