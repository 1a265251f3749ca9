using System.Globalization;
using System.Text;

namespace SeedModels.Cli
{
    /// <summary>
    /// Text from an article or a file name made safe to print on a terminal and to keep on one line: control characters
    /// (an escape sequence could retitle or clear the terminal, a newline could split an error line), bidirectional
    /// overrides and isolates (they reorder what follows) and unpaired surrogates are written as <c>\uXXXX</c>.
    /// </summary>
    internal static class Display
    {
        public static string Safe(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text ?? string.Empty;
            }

            StringBuilder? b = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pair)
                {
                    b?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                if (!NeedsEscape(c))
                {
                    b?.Append(c);
                    continue;
                }

                b ??= new StringBuilder(text, 0, i, text.Length + 16);
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }

            return b?.ToString() ?? text;
        }

        /// <summary>A multi-paragraph value (a quote over paragraphs) on one line: each paragraph break shown as <c> ¶ </c>.</summary>
        public static string Paragraphs(string text) =>
            Safe(string.Join(" \u00B6 ", text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)));

        private static bool NeedsEscape(char c) =>
            (char.IsControl(c) && c != '\t') || char.IsSurrogate(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ||
            c == '\u2028' || c == '\u2029';
    }
}
