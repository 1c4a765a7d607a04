using System.Globalization;
using System.Text;
using Gongkai.Eval;

// Messages are Simplified Chinese, as the gongkai command's (the launcher runs this as `gongkai eval`).
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return EvalApp.Run(args, Console.Out, Console.Error);
