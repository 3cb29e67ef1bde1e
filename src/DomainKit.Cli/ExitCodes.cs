namespace DomainKit.Cli;

/// <summary>The exit codes of the <c>domainkit</c> command, which scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>Done, and nothing of severity error was found.</summary>
    public const int Success = 0;

    /// <summary>Done, and the input had problems or findings of severity error (bad rows left out, rules broken).</summary>
    public const int Findings = 1;

    /// <summary>Not done: the command line was wrong, or the input could not be read at all.</summary>
    public const int UsageOrUnreadable = 2;

    /// <summary>Stopped by Ctrl+C before the end, as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;
}
