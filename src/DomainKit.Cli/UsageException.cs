namespace DomainKit.Cli;

/// <summary>A command that cannot run as given: its message is printed and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
