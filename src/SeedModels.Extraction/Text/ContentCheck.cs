namespace SeedModels.Extraction.Text
{
    /// <summary>Tells text from what is not: an empty file, binary content, or bytes that were not valid UTF-8.</summary>
    internal static class ContentCheck
    {
        /// <summary>Why the text cannot be an article ("is empty", …), or null when it can.</summary>
        public static string? WhyUnreadable(string text)
        {
            var content = 0;
            var controls = 0;
            var replacements = 0;
            foreach (var c in text)
            {
                // Printable ASCII, most of any article, is content and nothing else; a space or line break is nothing at all.
                if (c > ' ' && c < '\u007F')
                {
                    content++;
                    continue;
                }

                if (c == ' ' || c == '\n' || c == '\r')
                {
                    continue;
                }

                // U+FFFD is what a decoder leaves for a bad byte; C1 controls are what a Latin-1 fallback (the
                // compiler's, for files that are not UTF-8) makes of them. Real text has neither.
                if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F'))
                {
                    replacements++;
                }
                else if (c == '\0' || (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
                {
                    controls++;
                }

                if (!char.IsWhiteSpace(c) && c != '\uFEFF')
                {
                    content++;
                }
            }

            if (content == 0)
            {
                return "is empty";
            }

            // A stray control character is tolerated; binary content is full of them.
            if (controls * 20 > content)
            {
                return "looks binary (it is full of control characters)";
            }

            return replacements > 0 ? "is not valid UTF-8 (it holds undecodable bytes)" : null;
        }
    }
}
