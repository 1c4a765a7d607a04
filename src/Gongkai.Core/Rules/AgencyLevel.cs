namespace Gongkai.Core.Rules;

/// <summary>What kind of body issued a report, as far as the deadline of 条例 art. 49 is concerned.</summary>
public enum AgencyLevel
{
    /// <summary>A government department, or a body treated like one (towns, streets, development zones): due 31 January.</summary>
    Department,

    /// <summary>A 县级以上人民政府's own report (published by its disclosure office): due 31 March.</summary>
    Government,
}
