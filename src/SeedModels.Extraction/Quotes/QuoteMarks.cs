namespace SeedModels.Extraction.Quotes
{
    /// <summary>The quotation marks news text uses and which role each can play.</summary>
    internal static class QuoteMarks
    {
        public const char StraightDouble = '"';
        public const char StraightSingle = '\'';
        public const char LeftDouble = '\u201C';
        public const char RightDouble = '\u201D';
        public const char LowDouble = '\u201E';
        public const char LeftSingle = '\u2018';
        public const char RightSingle = '\u2019';
        public const char LeftGuillemet = '\u00AB';
        public const char RightGuillemet = '\u00BB';

        /// <summary>Every mark <see cref="IsAny"/> accepts, for jumping from one to the next.</summary>
        public static readonly char[] All = { StraightDouble, LeftDouble, RightDouble, LowDouble, LeftGuillemet, RightGuillemet, StraightSingle, LeftSingle, RightSingle };

        /// <summary>The marks that can close a double quote, and a single one.</summary>
        public static readonly char[] DoubleClosers = { RightDouble, RightGuillemet, StraightDouble };

        public static readonly char[] SingleClosers = { RightSingle, StraightSingle };

        /// <summary>Words an apostrophe stands for the start of (<c>’em</c>, <c>’til</c>), so it opens no quote.</summary>
        private static readonly string[] ElidedWords = { "em", "til", "cause", "tis", "twas", "bout" };

        public static bool IsOpeningOnly(char c) => c == LeftDouble || c == LowDouble || c == LeftGuillemet || c == LeftSingle;

        public static bool IsClosingOnly(char c) => c == RightDouble || c == RightGuillemet;

        // Inlined by request: the quote scan asks these of every mark it meets, and the JIT kept them calls.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsDouble(char c) => c == StraightDouble || c == LeftDouble || c == RightDouble || c == LowDouble || c == LeftGuillemet || c == RightGuillemet;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsSingle(char c) => c == StraightSingle || c == LeftSingle || c == RightSingle;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsAny(char c) => IsDouble(c) || IsSingle(c);

        public static bool IsCurly(char c) => c != StraightDouble && c != StraightSingle;

        /// <summary>Whether the character can stand before an opening mark: start, space, bracket, dash, slash, another mark.</summary>
        public static bool CanPrecedeOpening(string t, int i) =>
            i == 0 || char.IsWhiteSpace(t[i - 1]) || "([{/\u2014\u2013-".IndexOf(t[i - 1]) >= 0 || IsAny(t[i - 1]);

        /// <summary>Two straight apostrophes standing for one double mark (<c>''Yes,'' she said</c>).</summary>
        public static bool IsDoubledApostrophe(string t, int i) => i + 1 < t.Length && t[i] == StraightSingle && t[i + 1] == StraightSingle;

        /// <summary>An opening mark (<paramref name="width"/> characters wide) needs text right after it.</summary>
        public static bool CanOpen(string t, int i, int width = 1) => CanPrecedeOpening(t, i) && i + width < t.Length && !char.IsWhiteSpace(t[i + width]);

        /// <summary>A closing mark follows text and is followed by the end, a space, punctuation or another mark.</summary>
        public static bool CanClose(string t, int i, int width = 1)
        {
            var after = i + width;
            return i > 0 && !char.IsWhiteSpace(t[i - 1]) &&
                   (after >= t.Length || char.IsWhiteSpace(t[after]) || ".,;:!?)]}\u2014\u2013-\u2026".IndexOf(t[after]) >= 0 || IsAny(t[after]));
        }

        /// <summary>
        /// An apostrophe at the start of a word rather than an opening quote: <c>'90s</c>, <c>rock 'n' roll</c>,
        /// <c>'em</c>, <c>'til</c>.
        /// </summary>
        public static bool IsLeadingApostrophe(string t, int i)
        {
            var rest = t.Length - i - 1;
            if (rest >= 2 && char.IsDigit(t[i + 1]) && char.IsDigit(t[i + 2]))
            {
                return true;
            }

            if (rest >= 2 && (t[i + 1] == 'n' || t[i + 1] == 'N') && IsSingle(t[i + 2]))
            {
                return true;
            }

            foreach (var word in ElidedWords)
            {
                if (rest >= word.Length && string.Compare(t, i + 1, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0 &&
                    (rest == word.Length || !char.IsLetter(t[i + 1 + word.Length])))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
