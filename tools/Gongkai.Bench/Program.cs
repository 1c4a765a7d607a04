using System.Text;
using Gongkai.Bench;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return BenchApp.Run(args, Console.Out, Console.Error);
