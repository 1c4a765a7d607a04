namespace Gongkai.Web.Hosting;

/// <summary>
/// The command line of <c>gongkai serve</c>: <c>--demo</c> and <c>--add-admin NAME</c> are ours; <c>--db</c> and
/// <c>--urls</c> go on to the host's configuration like any other setting (<c>--db</c> becomes the <c>db</c> key).
/// </summary>
internal sealed record ServeArguments(bool Demo, string[] HostArguments, string? AddAdmin = null)
{
    /// <summary>The switch that starts on a fresh demo store.</summary>
    public const string DemoSwitch = "--demo";

    /// <summary>The option that creates a 系统管理员 account and exits (<see cref="FirstAdministrator"/>).</summary>
    public const string AddAdminOption = "--add-admin";

    public static ServeArguments Parse(string[] args)
    {
        var host = new List<string>();
        string? addAdmin = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == AddAdminOption)
            {
                // An empty name (the option last, or followed by another option) is refused with a message later.
                addAdmin = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[++i] : "";
            }
            else if (args[i] != DemoSwitch)
            {
                host.Add(args[i]);
            }
        }

        return new(args.Contains(DemoSwitch, StringComparer.Ordinal), [.. host], addAdmin);
    }
}
