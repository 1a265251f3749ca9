namespace SeedModels.Extraction.Text
{
    /// <summary>Small character and range helpers over the original string, so passes avoid copying text.</summary>
    internal static class Chars
    {
        /// <summary>
        /// Whether one of <paramref name="marks"/> stands between spaces in <paramref name="s"/>[start, end), past its first
        /// character: a breadcrumb's or a menu's mark (<c>News &gt; Local</c>, <c>Home / About</c>). The callers' texts open
        /// with no space.
        /// </summary>
        public static bool HasStandingMark(string s, int start, int end, string marks)
        {
            for (var i = start + 1; i + 1 < end; i++)
            {
                if (s[i - 1] == ' ' && s[i + 1] == ' ' && marks.IndexOf(s[i]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The last run of letters in <paramref name="text"/> (its last word without the marks after it, <c>Courier</c> of
        /// <c>The Courier.</c>): returns where it ends and sets <paramref name="start"/>; both 0 when the text holds no letter.
        /// </summary>
        public static int LastLetterRun(string text, out int start)
        {
            var end = text.Length;
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            return end;
        }

        public static int SkipSpaces(string s, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(s[start]))
            {
                start++;
            }

            return start;
        }

        public static int TrimEnd(string s, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(s[end - 1]))
            {
                end--;
            }

            return end;
        }

        public static string Trimmed(string s, int start, int end)
        {
            start = SkipSpaces(s, start, end);
            end = TrimEnd(s, start, end);
            return s.Substring(start, end - start);
        }

        public static bool StartsWith(string s, int start, int end, string prefix, bool ignoreCase = true) =>
            end - start >= prefix.Length &&
            string.Compare(s, start, prefix, 0, prefix.Length, ignoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal) == 0;

        /// <summary>
        /// <c>char.ToLowerInvariant</c>, with ASCII done here: the framework's call costs a table walk per character, and
        /// the rules lower-case nearly every character they compare. Inlined by request (the JIT kept it a call in the
        /// phrase hash, the word comparisons and the date test), the framework's case left out of line.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char ToLowerInvariant(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c) : ToLowerPastAscii(c);

        private static char ToLowerPastAscii(char c) => char.ToLowerInvariant(c);

        /// <summary>The characters <see cref="IsDash"/> takes, for a search (five: the framework searches for up to five at once).</summary>
        public static readonly char[] Dashes = { '-', '\u2013', '\u2014', '\u2012', '\u2015' };

        // These character tests are inlined by request: the JIT kept them calls in the sentence and clause scans that ask them of
        // every mark.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsDash(char c) => c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015';

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsSentenceEnd(char c) => c == '.' || c == '?' || c == '!';

        /// <summary>A currency's sign (<c>$</c>, <c>£</c>, <c>€</c>, <c>₹</c>, <c>₦</c>): Unicode's currency symbols.</summary>
        public static bool IsCurrencySign(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;

        /// <summary>Whether <paramref name="s"/> holds a digit (any script's, as <c>char.IsDigit</c>) in [start, end).</summary>
        public static bool HasDigit(string s, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (char.IsDigit(s[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A quotation mark that can open a quotation: straight or curly, double or single.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsOpeningQuote(char c) => c == '"' || c == '\u201C' || c == '\u2018' || c == '\'';

        public static bool IsUpper(char c) => char.IsUpper(c);

        /// <summary>Collapses runs of white space to one space and trims.</summary>
        public static string CollapseSpaces(string s)
        {
            // Most text (a caption, a line of a page) is already so: one space between words, none at either end.
            if (IsCollapsed(s))
            {
                return s;
            }

            var b = new System.Text.StringBuilder(s.Length);
            var space = false;
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = b.Length > 0;
                }
                else
                {
                    if (space)
                    {
                        b.Append(' ');
                        space = false;
                    }

                    b.Append(c);
                }
            }

            return b.ToString();
        }

        /// <summary>Whether <see cref="CollapseSpaces"/> leaves <paramref name="s"/> as it is: no white space but single spaces between other characters.</summary>
        private static bool IsCollapsed(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c == ' ' ? i == 0 || i == s.Length - 1 || s[i + 1] == ' ' : c <= ' ' || c >= '\u0085' && char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>For each ASCII character: 1 for a letter or digit (all <c>char.IsLetterOrDigit</c> takes in ASCII), 2 for an apostrophe or hyphen inside a word.</summary>
        internal static readonly byte[] AsciiWordClass = BuildAsciiWordClass();

        /// <summary>The word class of a character past ASCII: a letter or digit, the typographic apostrophe as a joiner, else none.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static int NonAsciiWordClass(char c) => IsLetterOrDigitPastAscii(c) ? 1 : c == '\u2019' ? 2 : 0;

        /// <summary>
        /// <c>char.IsLetterOrDigit</c> of a character past ASCII. The general punctuation block (U+2000 to U+206F: curly quotation
        /// marks, dashes, bullets, spaces) holds no letter or digit, and the framework reads each of its characters' category
        /// from its tables: it is refused at once, as the curly marks of nearly every paragraph are.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static bool IsLetterOrDigitPastAscii(char c) => (uint)(c - '\u2000') > 0x6F && char.IsLetterOrDigit(c);

        /// <summary>
        /// <c>char.IsLetterOrDigit</c>, with ASCII read from a table: the rules test nearly every character of every line. Inlined
        /// by request: the JIT kept it a call in the word reader's loops (about 5% of extraction's time on the benchmark's articles).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsLetterOrDigit(char c) => c < 128 ? AsciiWordClass[c] == 1 : IsLetterOrDigitPastAscii(c);

        /// <summary>Counts words: runs of letters or digits; stops counting at <paramref name="limit"/>.</summary>
        public static int CountWords(string s, int start, int end, int limit = int.MaxValue) => CountWords(s, start, end, limit, out _);

        /// <summary>
        /// Where the <paramref name="n"/>th word of [start, end) starts, the words counted as <see cref="CountWords(string, int, int, int)"/>
        /// counts them, or -1 when fewer start there: a rule bounded to a few words looks for its marks only before it.
        /// </summary>
        public static int NthWordStart(string s, int start, int end, int n) => n > 0 && CountWords(s, start, end, n, out var at) >= n ? at : -1;

        /// <summary>
        /// Counts words up to <paramref name="limit"/>, as <see cref="CountWords(string, int, int, int)"/>; <paramref name="limitStart"/>
        /// gets where the word that reached the limit starts (-1 when fewer words start in the range).
        /// </summary>
        private static int CountWords(string s, int start, int end, int limit, out int limitStart)
        {
            // Without a branch on the letters, as CountWords(string) below; the limit is tested only where a word starts.
            var table = AsciiWordClass;
            var count = 0;
            var inWord = 0;
            for (var i = start; i < end; i++)
            {
                var c = s[i];
                int kind = c < table.Length ? table[c] : NonAsciiWordClass(c);
                var letter = kind & 1;
                var starts = letter & (inWord ^ 1);
                count += starts;
                if ((count >= limit) & (starts != 0))
                {
                    limitStart = i;
                    return count;
                }

                inWord = letter | (inWord & (kind >> 1));
            }

            limitStart = -1;
            return count;
        }

        private static byte[] BuildAsciiWordClass()
        {
            var table = new byte[128];
            for (var c = 0; c < 128; c++)
            {
                table[c] = char.IsLetterOrDigit((char)c) ? (byte)1 : c == '\'' || c == '-' ? (byte)2 : (byte)0;
            }

            return table;
        }

        public static int CountWords(string s)
        {
            // CountWords(s, 0, s.Length) with no limit, in a loop the JIT can run without bounds checks and without a branch on
            // the letters (they alternate with spaces past any prediction): every line is counted. A class of 1 is a letter, 2 a
            // joiner, 0 neither.
            var table = AsciiWordClass;
            var count = 0;
            var inWord = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                int kind = c < table.Length ? table[c] : NonAsciiWordClass(c);
                var letter = kind & 1;
                count += letter & (inWord ^ 1);
                inWord = letter | (inWord & (kind >> 1));
            }

            return count;
        }

        /// <summary>
        /// <c>CountWords(s, 0, s.Length, limit)</c>, from <paramref name="knownCount"/> (the whole text's count, or -1 when not
        /// known) when there is one: a line's rules bound its words many times over, and it is counted once.
        /// </summary>
        public static int CountWordsUpTo(string s, int knownCount, int limit) => knownCount >= 0 ? System.Math.Min(knownCount, limit) : CountWords(s, 0, s.Length, limit);
    }
}
