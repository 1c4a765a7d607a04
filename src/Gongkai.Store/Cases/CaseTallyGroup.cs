namespace Gongkai.Store.Cases;

/// <summary>Which of <see cref="CaseTallies"/>' counts a case is in (a row group of table 三).</summary>
public enum CaseTallyGroup
{
    /// <summary>一、本年新收: received in the year.</summary>
    NewReceived,

    /// <summary>二、上年结转: received before the year and open at the end of the year before.</summary>
    CarriedOver,

    /// <summary>三、本年度办理结果: new or carried over, and closed by 31 December.</summary>
    Closed,

    /// <summary>四、结转下年度继续办理: new or carried over, and open on 31 December.</summary>
    OpenAtYearEnd,
}
