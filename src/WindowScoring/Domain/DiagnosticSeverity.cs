namespace WindowScoring;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information: something was noticed or normalised (e.g. the encoding that was detected); nothing is wrong.</summary>
    Info = 0,

    /// <summary>Warning: the data was read, but a person should look (e.g. a deduction printed with the other sign).</summary>
    Warning = 1,

    /// <summary>Error: a row or value could not be used; the diagnostic says which and why.</summary>
    Error = 2,
}
