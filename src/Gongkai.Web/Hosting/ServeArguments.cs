namespace Gongkai.Web.Hosting;

/// <summary>
/// The command line of <c>gongkai serve</c>: <c>--demo</c> is ours; <c>--db</c> and <c>--urls</c> go on to the
/// host's configuration like any other setting (<c>--db</c> becomes the <c>db</c> key).
/// </summary>
internal sealed record ServeArguments(bool Demo, string[] HostArguments)
{
    /// <summary>The switch that starts on a fresh demo store.</summary>
    public const string DemoSwitch = "--demo";

    public static ServeArguments Parse(string[] args) =>
        new(args.Contains(DemoSwitch, StringComparer.Ordinal), [.. args.Where(a => a != DemoSwitch)]);
}
