using System.Diagnostics;
using System.Globalization;
using Cooperation.Rules;

namespace Cooperation.Cli;

/// <summary>Draws the progress of a long assessment on one line of standard error, at most a few times a second.</summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<EvaluationProgress>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = -1000;
    private bool _drawn;

    public void Report(EvaluationProgress value)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawn < 250)
        {
            return;
        }

        _lastDrawn = now;
        _drawn = true;
        var rate = value.Determinations / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  assessed {value.Cases:N0} cases, {value.Determinations:N0} determinations ({rate:N0}/s)   "));
    }

    public void Dispose()
    {
        if (_drawn)
        {
            error.WriteLine();
        }
    }
}
