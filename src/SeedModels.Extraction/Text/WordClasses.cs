using System;
using System.Collections.Generic;
using static SeedModels.Extraction.Text.AsciiKeys;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// Which of several word sets an ASCII word belongs to, as bits, in one look-up: a word tested against four sets in turn
    /// is hashed once. A word is matched ignoring case as <see cref="WordSet"/> matches it (ordinal, ignoring case). A set's
    /// character outside ASCII is kept only where the framework equals it to an ASCII letter ignoring case (asked, not
    /// assumed: runtimes differ on the dotless i and the long s), so the answer for an ASCII word is the sets' own.
    /// </summary>
    internal sealed class WordClasses
    {
        /// <summary>The words lower-cased, by <see cref="Hash"/>, each with its classes.</summary>
        private readonly (string Word, int Classes)[][] _buckets;

        /// <summary>By length, the first characters of the table's words (one bit per character modulo 64): most words fail here.</summary>
        private readonly ulong[] _initialsByLength;

        /// <param name="classes">Each class's words and its bit.</param>
        public WordClasses(params (IEnumerable<string> Words, int Bit)[] classes)
        {
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (words, bit) in classes)
            {
                foreach (var word in words)
                {
                    // Outside ASCII once folded, a word equals no ASCII word.
                    var folded = FoldToAscii(word);
                    if (folded != null && folded.Length > 0)
                    {
                        table.TryGetValue(folded, out var bits);
                        table[folded] = bits | bit;
                    }
                }
            }

            var maxLength = 0;
            foreach (var word in table.Keys)
            {
                maxLength = Math.Max(maxLength, word.Length);
            }

            _initialsByLength = new ulong[maxLength + 1];
            var lists = new List<(string, int)>[BucketCount(table.Count)];
            foreach (var entry in table)
            {
                _initialsByLength[entry.Key.Length] |= InitialBit(entry.Key[0]);
                (lists[Hash(entry.Key, 0, entry.Key.Length) & (lists.Length - 1)] ??= new List<(string, int)>()).Add((entry.Key, entry.Value));
            }

            _buckets = new (string, int)[lists.Length][];
            for (var b = 0; b < lists.Length; b++)
            {
                _buckets[b] = lists[b]?.ToArray() ?? Array.Empty<(string, int)>();
            }
        }

        /// <summary>The classes of <paramref name="s"/>[start, end), an ASCII word: 0 when it is in none.</summary>
        public int Of(string s, int start, int end)
        {
            var length = end - start;
            if (length <= 0 || length >= _initialsByLength.Length || (_initialsByLength[length] & InitialBit(s[start])) == 0)
            {
                return 0;
            }

            foreach (var (word, classes) in _buckets[Hash(s, start, end) & (_buckets.Length - 1)])
            {
                if (word.Length == length && EqualsLowerAscii(s, start, word))
                {
                    return classes;
                }
            }

            return 0;
        }

        /// <summary>
        /// The word lower-cased in ASCII, each character outside ASCII replaced by the ASCII letter it equals ignoring case (ordinal);
        /// null when one equals none, and the word then equals no ASCII word.
        /// </summary>
        private static string? FoldToAscii(string word)
        {
            var chars = new char[word.Length];
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c > '\u007F' && !TryAsciiLetterEqualIgnoringCase(word[i], out c))
                {
                    return null;
                }

                chars[i] = ToLowerAscii(c);
            }

            return new string(chars);
        }

        /// <summary>The ASCII letter <paramref name="c"/> equals ignoring case (ordinal), as the framework decides; false when none.</summary>
        private static bool TryAsciiLetterEqualIgnoringCase(char c, out char ascii)
        {
            for (ascii = 'a'; ascii <= 'z'; ascii++)
            {
                if (string.Equals(c.ToString(), ascii.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
