namespace Gongkai.Core.Model;

/// <summary>The edition of the State Council General Office's annual-report format that a report's tables follow.</summary>
public enum TemplateVersion
{
    /// <summary>The 2019 format, used for the reports on 2019 and 2020.</summary>
    V2019,

    /// <summary>The revised format of 国办公开办函〔2021〕30号, required from the report on 2021 on.</summary>
    V2021,
}
