namespace SeedModels.Extraction.Text
{
    /// <summary>Tells text from what is not: an empty file, binary content, or bytes that were not valid UTF-8.</summary>
    internal static class ContentCheck
    {
        /// <summary>An ASCII character's class: 1 printable (content), 0 a space or line break (nothing), <see cref="Other"/> any other.</summary>
        private static readonly byte[] AsciiContent = BuildAsciiContent();

        /// <summary>A character the full test below decides: a control, DEL, or anything outside ASCII. Above four, so four
        /// characters' classes summed tell whether any of them is one.</summary>
        private const byte Other = 8;

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

            // Four characters at a time: when all four are ASCII and none is Other, their classes (0 or 1 each) sum below
            // Other, and that sum is what the one-by-one loop would add. Any other block is read one by one, as before.
            var i = 0;
            for (; i <= text.Length - 4; i += 4)
            {
                int c0 = text[i], c1 = text[i + 1], c2 = text[i + 2], c3 = text[i + 3];
                if ((c0 | c1 | c2 | c3) < 128)
                {
                    var sum = table[c0] + table[c1] + table[c2] + table[c3];
                    if (sum < Other)
                    {
                        content += sum;
                        continue;
                    }
                }

                for (var k = i; k < i + 4; k++)
                {
                    Count(text[k], table, ref content, ref controls);
                }
            }

            for (; i < text.Length; i++)
            {
                Count(text[i], table, ref content, ref controls);
            }

            if (content == 0)
            {
                return "is empty";
            }

            return controls * 20 > content ? ArticleDecoding.Binary : null;
        }

        /// <summary>Adds one character to the counts.</summary>
        private static void Count(char c, byte[] table, ref int content, ref int controls)
        {
            // Printable ASCII, most of any article, is content and nothing else; a space or line break is nothing at all.
            var kind = c < table.Length ? table[c] : Other;
            if (kind != Other)
            {
                content += kind;
                return;
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
