namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>One diagnostic id with its title, message format and default severity.</summary>
    internal sealed class DiagnosticRule
    {
        public DiagnosticRule(string id, DiagnosticSeverityLevel severity, string title, string messageFormat)
        {
            Id = id;
            Severity = severity;
            Title = title;
            MessageFormat = messageFormat;
        }

        public string Id { get; }

        public DiagnosticSeverityLevel Severity { get; }

        public string Title { get; }

        /// <summary>A <see cref="string.Format(string, object[])"/> format; <c>{0}</c> is the offending value where there is one.</summary>
        public string MessageFormat { get; }
    }
}
