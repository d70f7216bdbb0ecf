using Cooperation.Cli;
using NodaTime;

// The composition root: the only place that reads the real clock and the console.
#pragma warning disable RS0030 // SystemClock.Instance is banned everywhere else.
return CooperationCli.Run(args, Console.Out, Console.Error, SystemClock.Instance, errorIsTerminal: !Console.IsErrorRedirected);
#pragma warning restore RS0030
