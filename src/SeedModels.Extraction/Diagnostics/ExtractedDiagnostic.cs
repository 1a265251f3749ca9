using System.Globalization;

namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>A finding about one article, located by offset and by 1-based line and column.</summary>
    internal sealed class ExtractedDiagnostic
    {
        public ExtractedDiagnostic(DiagnosticRule rule, int start, int length, int line, int column, params object[] args)
        {
            Args = args;
            Rule = rule;
            Start = start;
            Length = length;
            Line = line;
            Column = column;
            Message = Format(rule, args);
        }

        public DiagnosticRule Rule { get; }

        public string Id => Rule.Id;

        public int Start { get; }

        public int Length { get; }

        public int Line { get; }

        public int Column { get; }

        public string Message { get; }

        /// <summary>The values the message names, for hosts that format it themselves (the Roslyn analyzer).</summary>
        public object[] Args { get; }

        public static string Format(DiagnosticRule rule, params object[] args) =>
            string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, args);
    }
}
