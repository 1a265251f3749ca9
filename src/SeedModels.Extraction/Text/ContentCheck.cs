namespace SeedModels.Extraction.Text
{
    /// <summary>Tells text from what is not: an empty file, binary content, or bytes that were not valid UTF-8.</summary>
    internal static class ContentCheck
    {
        /// <summary>An ASCII character's class: 1 printable (content), 0 a space or line break (nothing), <see cref="Other"/> any other.</summary>
        private static readonly byte[] AsciiContent = BuildAsciiContent();

        /// <summary>A character the full test below decides: a control, DEL, or anything outside ASCII.</summary>
        private const byte Other = 2;

        /// <summary>Why the text cannot be an article ("is empty", …), or null when it can.</summary>
        /// <param name="text">The decoded text.</param>
        /// <param name="decoding">How the host decoded it (<see cref="ArticleDecoding"/>): only the host knows whether bytes were bad.</param>
        public static string? WhyUnreadable(string text, TextDecoding decoding)
        {
            if (ArticleDecoding.WhyUndecodable(text, decoding) is { } undecodable)
            {
                return undecodable;
            }

            var content = 0;
            var controls = 0;
            var table = AsciiContent;
            foreach (var c in text)
            {
                // Printable ASCII, most of any article, is content and nothing else; a space or line break is nothing at all.
                // Read from a table, so the spaces between words cost no mispredicted branch.
                var kind = c < table.Length ? table[c] : Other;
                if (kind != Other)
                {
                    content += kind;
                    continue;
                }

                // C0 and C1 controls (a publisher's mojibake leaves the odd U+0083) are tolerated one by one; binary is full of them.
                if (char.IsControl(c) && c != '\t' && c != '\f')
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

            return controls * 20 > content ? ArticleDecoding.Binary : null;
        }

        private static byte[] BuildAsciiContent()
        {
            var table = new byte[128];
            for (var c = 0; c < 128; c++)
            {
                table[c] = c > ' ' && c < '\u007F' ? (byte)1 : c == ' ' || c == '\n' || c == '\r' ? (byte)0 : Other;
            }

            return table;
        }
    }
}
