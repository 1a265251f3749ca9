namespace SeedModels.Extraction.Text
{
    /// <summary>The marks a line holds anywhere, each one bit: what a line rule needs before it reads the line.</summary>
    [System.Flags]
    internal enum LineMarks
    {
        None = 0,

        /// <summary>A straight or opening curly quotation mark (<c>"</c>, <c>“</c>): what <c>IsQuoted</c> looks for.</summary>
        Quote = 1,

        Slash = 2,

        OpenParenthesis = 4,

        /// <summary><c>)</c> or <c>]</c>: a bracketed credit closes with one.</summary>
        CloseBracket = 8,

        Colon = 16,

        /// <summary>A bar, a bullet or a middle dot (<c>|</c>, <c>•</c>, <c>·</c>): what <see cref="LineTokens.HasBar"/> looks for.</summary>
        Bar = 32,

        At = 64,

        /// <summary>The space character itself (U+0020), not other white space.</summary>
        Space = 128,

        /// <summary>A full stop, a question mark or an exclamation mark: what a sentence's end, an initial or a file name needs.</summary>
        Stop = 256,

        /// <summary>A hyphen or a dash (<see cref="Chars.Dashes"/>, and the figure dash): what a spaced dash or a hyphenated word needs.</summary>
        Dash = 512,

        /// <summary>Every mark: the shape of a line not read (a rule gated on it runs as before).</summary>
        All = 1023,
    }

    /// <summary>
    /// A line's word count and the marks it holds, read in one pass: the count is the one every line rule bounds its line by,
    /// and the marks let the line skip the rules that need a mark it lacks (no parenthesised credit without a closing
    /// bracket, no running time without a colon). A rule given <see cref="Unknown"/> runs as it always did.
    /// </summary>
    internal readonly struct LineShape
    {
        /// <summary>The shape of a line not read: every mark, no count.</summary>
        public static readonly LineShape Unknown = new LineShape(-1, LineMarks.All);

        /// <summary>For each ASCII character, its word class in the low two bits (as <see cref="Chars.CountWords(string)"/> reads it) and its marks above them.</summary>
        private static readonly ushort[] AsciiClass = BuildAsciiClass();

        public LineShape(int words, LineMarks marks)
        {
            Words = words;
            Marks = marks;
        }

        /// <summary><see cref="Chars.CountWords(string)"/> of the line, or -1 when not counted.</summary>
        public int Words { get; }

        public LineMarks Marks { get; }

        /// <summary>Whether the line holds any of <paramref name="marks"/> (always, for <see cref="Unknown"/>).</summary>
        public bool HasAny(LineMarks marks) => (Marks & marks) != 0;

        /// <summary>The words of <paramref name="s"/>, counted exactly as <see cref="Chars.CountWords(string)"/> counts them, and its marks.</summary>
        public static LineShape Of(string s)
        {
            var table = AsciiClass;
            var count = 0;
            var inWord = 0;
            var marks = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                int entry = c < table.Length ? table[c] : NonAsciiClass(c);
                marks |= entry;
                var kind = entry & 3;
                var letter = kind & 1;
                count += letter & (inWord ^ 1);
                inWord = letter | (inWord & (kind >> 1));
            }

            return new LineShape(count, (LineMarks)(marks >> 2));
        }

        private static int NonAsciiClass(char c)
        {
            switch (c)
            {
                case '\u201C':
                    return (int)LineMarks.Quote << 2;
                case '\u2022':
                case '\u00B7':
                    return (int)LineMarks.Bar << 2;
                case '\u2012':
                case '\u2013':
                case '\u2014':
                case '\u2015':
                    return (int)LineMarks.Dash << 2;
                default:
                    return Chars.NonAsciiWordClass(c);
            }
        }

        private static ushort[] BuildAsciiClass()
        {
            var table = new ushort[128];
            for (var c = 0; c < 128; c++)
            {
                int kind = Chars.AsciiWordClass[c];
                var marks = c switch
                {
                    '"' => LineMarks.Quote,
                    '/' => LineMarks.Slash,
                    '(' => LineMarks.OpenParenthesis,
                    ')' or ']' => LineMarks.CloseBracket,
                    ':' => LineMarks.Colon,
                    '|' => LineMarks.Bar,
                    '@' => LineMarks.At,
                    ' ' => LineMarks.Space,
                    '.' or '?' or '!' => LineMarks.Stop,
                    '-' => LineMarks.Dash,
                    _ => LineMarks.None,
                };
                table[c] = (ushort)(kind | ((int)marks << 2));
            }

            return table;
        }
    }
}
