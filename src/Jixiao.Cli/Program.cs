using System.Text;
using Jixiao.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, Console.Out, Console.Error, Console.OpenStandardInput);
