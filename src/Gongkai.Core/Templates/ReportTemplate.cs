using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>One edition of the annual-report format: the layout of tables 二, 三 and 四.</summary>
public sealed record ReportTemplate(TemplateVersion Version, TableSpec Proactive, TableSpec Requests, TableSpec Appeals)
{
    /// <summary>The table spec of <paramref name="kind"/>.</summary>
    public TableSpec Table(TableKind kind) => kind switch
    {
        TableKind.Proactive => Proactive,
        TableKind.Requests => Requests,
        _ => Appeals,
    };
}
