using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>Splits a range of text into <see cref="Word"/>s in one scan, keeping their offsets.</summary>
    internal static class Words
    {
        public static List<Word> Split(string s, int start, int end)
        {
            // Sized for news text (a word and its space run to about six characters), so the list rarely regrows.
            var words = new List<Word>(end > start ? (end - start) / 5 + 1 : 0);
            SplitInto(s, start, end, words);
            return words;
        }

        /// <summary>The words <see cref="Split(string, int, int)"/> gives, into a list the caller keeps for reuse (cleared first).</summary>
        public static void SplitInto(string s, int start, int end, List<Word> words)
        {
            words.Clear();
            var i = start;
            while (TryNext(s, ref i, end, out var word))
            {
                words.Add(word);
            }
        }

        public static List<Word> Split(string s) => Split(s, 0, s.Length);

        /// <summary>The first <paramref name="max"/> words <see cref="Split(string, int, int)"/> gives, or all of them when there are fewer.</summary>
        public static List<Word> SplitFirst(string s, int start, int end, int max)
        {
            var words = new List<Word>(max);
            var i = start;
            while (words.Count < max && TryNext(s, ref i, end, out var word))
            {
                words.Add(word);
            }

            return words;
        }

        /// <summary>The first word in [start, end), as <see cref="Split(string, int, int)"/> would give it, without a list.</summary>
        public static bool TryFirst(string s, int start, int end, out Word word) => TryNext(s, ref start, end, out word);

        /// <summary>
        /// The next word at or after <paramref name="i"/> (before <paramref name="end"/>); moves <paramref name="i"/> past it.
        /// A loop over it reads the words <see cref="Split(string, int, int)"/> gives without making a list.
        /// </summary>
        public static bool TryNext(string s, ref int i, int end, out Word word)
        {
            // The offsets are read into locals and the table into a register: every rule reads its words here, and the JIT
            // kept the position in memory and the table's field reloaded at each character.
            var table = Chars.AsciiWordClass;
            var start = i;
            while (start < end && !IsLetterOrDigit(s[start], table))
            {
                start++;
            }

            if (start >= end)
            {
                i = start;
                word = default;
                return false;
            }

            var j = start + 1;
            while (j < end)
            {
                var c = s[j];
                if (IsLetterOrDigit(c, table))
                {
                    j++;
                }
                else if ((c == '\'' || c == '\u2019' || c == '-' || c == '.') && j + 1 < end && IsLetterOrDigit(s[j + 1], table))
                {
                    j += 2;
                }
                else if (c == '.' && j - start <= 2 && char.IsUpper(s[start]))
                {
                    // An initial: "J." in "J. K. Rowling", "D.C."
                    j++;
                    break;
                }
                else
                {
                    break;
                }
            }

            word = new Word(s, start, j);
            i = j;
            return true;
        }

        /// <summary>Whether <paramref name="text"/>'s last word is <paramref name="word"/>, ignoring case (<c>Water Authority</c>, <c>authority</c>).</summary>
        public static bool EndsWithWord(string text, string word) =>
            text.Length >= word.Length && string.Compare(text, text.Length - word.Length, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0 &&
            (text.Length == word.Length || !char.IsLetterOrDigit(text[text.Length - word.Length - 1]));

        /// <summary>
        /// Whether some run of letters and digits of <paramref name="s"/> is in <paramref name="lettersOnly"/>, a set of words of
        /// letters only: true whenever <see cref="TryNext"/> gives one of its words, found without reading the words. Such a word
        /// is all letters, and the word reader starts a word after no letter or digit and ends it before none, so it is a whole
        /// run. (The converse may fail: <c>pre-load</c> holds the run <c>load</c> and is one word.) A rule that needs one of a
        /// few words refuses most lines this way, and reads them word by word only when a run is one of them.
        /// </summary>
        public static bool HoldsAnyOf(string s, WordSet lettersOnly)
        {
            var table = Chars.AsciiWordClass;
            var i = 0;
            while (i < s.Length)
            {
                while (i < s.Length && !IsLetterOrDigit(s[i], table))
                {
                    i++;
                }

                var start = i;
                while (i < s.Length && IsLetterOrDigit(s[i], table))
                {
                    i++;
                }

                if (i > start && lettersOnly.Contains(s, start, i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><see cref="Chars.IsLetterOrDigit"/> reading ASCII from <paramref name="table"/> (<see cref="Chars.AsciiWordClass"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsLetterOrDigit(char c, byte[] table) => c < 128 ? table[c] == 1 : Chars.IsLetterOrDigitPastAscii(c);

        /// <summary>Whether only white space and the given punctuation stand between two offsets.</summary>
        public static bool OnlySpaceBetween(string s, int from, int to, string allowed = "")
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsWhiteSpace(s[i]) && allowed.IndexOf(s[i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the text between two words of the same text holds one of <paramref name="marks"/> (<c>,</c> in <c>trader, Jo</c>).</summary>
        public static bool AnyBetween(Word a, Word b, string marks)
        {
            for (var i = a.End; i < b.Start; i++)
            {
                if (marks.IndexOf(a.Source[i]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
