namespace Gongkai.Synthetic;

/// <summary>The level strings of <see cref="SyntheticUnit.Level"/>, as the registry prints them.</summary>
public static class UnitLevels
{
    /// <summary>The province government.</summary>
    public const string Province = "省";

    /// <summary>A city government.</summary>
    public const string City = "市";

    /// <summary>A county or district government, or a development zone's 管委会 at that level.</summary>
    public const string County = "县区";

    /// <summary>A department of a government.</summary>
    public const string Department = "部门";

    /// <summary>A town, township or street office.</summary>
    public const string Town = "乡镇街道";
}
