using System.Text;
using Cooperation.Cli;
using NodaTime;

// The composition root: the only place that reads the real clock and the console.
// Standard output is buffered (Console.Out flushes every write, one system call per JSON line on large runs) and
// flushed when the command ends, whatever its exit code.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
#pragma warning disable RS0030 // SystemClock.Instance is banned everywhere else.
return CooperationCli.Run(args, output, Console.Error, SystemClock.Instance, errorIsTerminal: !Console.IsErrorRedirected);
#pragma warning restore RS0030
