using System.Globalization;
using System.Text;
using Gongkai.Cli;

// Messages are Simplified Chinese, System.CommandLine's own included (its zh-Hans resources).
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
