using System;
using System.Collections.Generic;
using static SeedModels.Extraction.Text.AsciiKeys;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// A closed class of words, matched case-insensitively (ordinal) like a <c>HashSet</c> with
    /// <see cref="StringComparer.OrdinalIgnoreCase"/>, that can also test a <see cref="Word"/> where it stands: the
    /// speaker and structure rules test thousands of words per article, nearly all absent, and copying each one
    /// out of its paragraph first was most of their allocation.
    /// </summary>
    internal sealed class WordSet
    {
        private readonly HashSet<string> _words;

        /// <summary>
        /// The ASCII words lower-cased, by <see cref="Hash"/>. A word outside ASCII (<c>são</c>, <c>ó</c>) is only in the hash set,
        /// which answers the texts outside ASCII: an ASCII text equals such a word, ignoring case, only through the dotless i or
        /// the long s (<see cref="_foldsToAscii"/>).
        /// </summary>
        private readonly string[][] _buckets;

        /// <summary>Whether some word is not ASCII: a text outside ASCII is then asked of the hash set.</summary>
        private readonly bool _hasNonAscii;

        /// <summary>Whether some word holds the dotless i or the long s, which equal ASCII letters ignoring case: every text is then asked of the hash set.</summary>
        private readonly bool _foldsToAscii;

        private readonly int _maxLength;

        /// <summary>
        /// By length, the lower-cased first characters of the set's words of that length (one bit per character modulo 64):
        /// nearly every word looked up is absent, and most fail here, before they are scanned or hashed.
        /// </summary>
        private readonly ulong[] _initialsByLength = Array.Empty<ulong>();

        /// <summary>The same for the words' last characters: a word that passes on its first character mostly fails on its last.</summary>
        private readonly ulong[] _finalsByLength = Array.Empty<ulong>();

        public WordSet(IEnumerable<string> words)
        {
            _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            var lists = new List<string>[BucketCount(_words.Count)];
            foreach (var word in _words)
            {
                _maxLength = Math.Max(_maxLength, word.Length);
                if (!IsAscii(word, 0, word.Length))
                {
                    _hasNonAscii = true;
                    _foldsToAscii |= word.IndexOf('\u0131') >= 0 || word.IndexOf('\u017F') >= 0;
                    continue;
                }

                var bucket = Hash(word, 0, word.Length) & (lists.Length - 1);
                (lists[bucket] ??= new List<string>()).Add(word.ToLowerInvariant());
            }

            _initialsByLength = new ulong[_maxLength + 1];
            _finalsByLength = new ulong[_maxLength + 1];
            foreach (var word in _words)
            {
                _initialsByLength[word.Length] |= InitialBit(word[0]);
                _finalsByLength[word.Length] |= InitialBit(word[word.Length - 1]);
            }

            _buckets = new string[lists.Length][];
            for (var b = 0; b < lists.Length; b++)
            {
                _buckets[b] = lists[b]?.ToArray() ?? Array.Empty<string>();
            }
        }

        /// <summary>Whether the word is in the set: the test in place below, which answers as the hash set does and hashes no copy.</summary>
        public bool Contains(string word) => word == null ? _words.Contains(word!) : Contains(word, 0, word.Length);

        /// <summary>The words of the set.</summary>
        public IEnumerable<string> Words => _words;

        /// <summary>Whether the word, as written, is in the set (<c>Contains(word.Text)</c> without the copy).</summary>
        public bool Contains(Word word) => Contains(word.Source, word.Start, word.End);

        /// <summary>Whether the word without a possessive or trailing dots is in the set (<c>Contains(word.Bare)</c> without the copy).</summary>
        public bool ContainsBare(Word word) => Contains(word.Source, word.Start, word.BareEnd);

        /// <summary>Whether <paramref name="s"/>[start, end) is in the set.</summary>
        public bool Contains(string s, int start, int end)
        {
            var length = end - start;

            // Ordinal equality, ignoring case or not, needs equal lengths; an ASCII first character equals only its two cases.
            if (length > 0 && !_foldsToAscii && (length > _maxLength || (s[start] <= '\u007F' && (_initialsByLength[length] & InitialBit(s[start])) == 0) ||
                                                   (s[end - 1] <= '\u007F' && (_finalsByLength[length] & InitialBit(s[end - 1])) == 0)))
            {
                return false;
            }

            // The hash and the ASCII test in one walk over the characters.
            var hash = 17;
            var any = 0;
            for (var i = start; i < end; i++)
            {
                var c = s[i];
                any |= c;
                hash = unchecked((hash * 31) + ToLowerAscii(c));
            }

            if (length <= 0 || any > '\u007F' || _foldsToAscii)
            {
                // Ordinal case-insensitive equality matches a character outside ASCII to an ASCII one only for the dotless i
                // and the long s: a set of ASCII words holds no word with any other (a curly apostrophe, an accent).
                if (!_hasNonAscii && length > 0 && HasUnfoldableNonAscii(s, start, end))
                {
                    return false;
                }

                // Otherwise the framework decides.
                return _words.Contains(s.Substring(start, Math.Max(0, length)));
            }

            if (length > _maxLength)
            {
                return false; // ordinal equality, ignoring case or not, needs equal lengths
            }

            foreach (var candidate in _buckets[(hash & int.MaxValue) & (_buckets.Length - 1)])
            {
                if (candidate.Length == length && EqualsLowerAscii(s, start, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasUnfoldableNonAscii(string s, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (s[i] > '\u007F' && s[i] != '\u0131' && s[i] != '\u017F')
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAscii(string s, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (s[i] > '\u007F')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
