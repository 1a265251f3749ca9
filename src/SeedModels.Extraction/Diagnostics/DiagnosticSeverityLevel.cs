namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>The default severity of a finding; consumers can reconfigure it (.editorconfig).</summary>
    internal enum DiagnosticSeverityLevel
    {
        Info,
        Warning,
    }
}
