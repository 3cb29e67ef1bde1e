namespace DomainKit.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The data is wrong: a figure cannot be right, a reference names nothing.</summary>
    Error = 0,

    /// <summary>The data is suspicious or incomplete and needs a look.</summary>
    Warning = 1,

    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 2,
}
