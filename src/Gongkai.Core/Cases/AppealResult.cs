namespace Gongkai.Core.Cases;

/// <summary>The result of an appeal, the cells of a table 四 group.</summary>
public enum AppealResult
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,

    /// <summary>尚未审结.</summary>
    Pending,
}
