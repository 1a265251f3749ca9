namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>One diagnostic id with its title, message format and default severity.</summary>
    /// <param name="Id">SEED001, SEED002, ….</param>
    /// <param name="Severity">The default severity.</param>
    /// <param name="Title">A short title.</param>
    /// <param name="MessageFormat">A <see cref="string.Format(string, object[])"/> format; <c>{0}</c> is the offending value where there is one.</param>
    internal sealed record DiagnosticRule(string Id, DiagnosticSeverityLevel Severity, string Title, string MessageFormat)
    {
        /// <summary>The README section that explains the rule (its anchor is the lower-cased id).</summary>
        public string HelpLink => ProjectInfo.ReadmeUrl + "#" + Id.ToLowerInvariant();
    }
}
