namespace Cooperation.Cli.Commands.Governance;

/// <summary>Turns the governance API's "no such thing" and "no longer possible" errors into input errors (exit 2).</summary>
internal static class GovernanceErrors
{
    public static T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidInputException(e.Message, e);
        }
        catch (InvalidOperationException e) when (e is not Directory.Governance.ProposalConflictException)
        {
            throw new InvalidInputException(e.Message, e);
        }
    }
}
