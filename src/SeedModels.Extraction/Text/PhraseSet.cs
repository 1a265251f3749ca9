using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// A closed class of short phrases (<c>join the conversation</c>, <c>associated press</c>), matched ignoring case,
    /// runs of white space and the punctuation around them, so <c>Join the conversation!</c> and <c>READ MORE:</c> match.
    /// Every line of an article is looked up, nearly none is in the set: a text is hashed and compared in its normalised
    /// form where it stands, without copying it, and longer texts are rejected on their length.
    /// </summary>
    internal sealed class PhraseSet
    {
        /// <summary>The normalised phrases by their hash.</summary>
        private readonly Dictionary<int, List<string>> _byHash = new Dictionary<int, List<string>>();

        /// <summary>The first characters of the normalised phrases that are ASCII, one bit each: most texts fail on their first letter.</summary>
        private readonly ulong[] _asciiInitials = new ulong[2];

        /// <summary>The same for the phrases' last characters (folded, ASCII): a text's trimmed end is its phrase's last character.</summary>
        private readonly ulong[] _asciiFinals = new ulong[2];

        /// <summary>
        /// By a phrase's first character (ASCII, modulo 64), its second characters (ASCII, modulo 64, a space where its first word
        /// has one letter), one bit each: a line that passes on its first and last characters mostly fails on its first two.
        /// </summary>
        private readonly ulong[] _asciiOpenings = new ulong[64];

        /// <summary>The shortest phrase's length once normalised: normalising never lengthens a text.</summary>
        private readonly int _minLength = int.MaxValue;

        /// <summary>The phrases, one per line or separated by <c>|</c>.</summary>
        public PhraseSet(string phrases)
        {
            foreach (var phrase in phrases.Split(new[] { '|', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var (start, end) = Trimmed(phrase, 0, phrase.Length);
                if (end <= start)
                {
                    continue;
                }

                var key = Key(phrase, start, end);
                var hash = Hash(phrase, start, end);
                hash = hash == TooLong ? TooLong + 1 : hash;
                if (!_byHash.TryGetValue(hash, out var list))
                {
                    _byHash[hash] = list = new List<string>();
                }

                if (!list.Contains(key))
                {
                    list.Add(key);
                }

                MaxLength = Math.Max(MaxLength, key.Length);
                _minLength = Math.Min(_minLength, key.Length);
                if (key[0] < 128)
                {
                    _asciiInitials[key[0] >> 6] |= 1UL << (key[0] & 63);
                }

                if (key.Length >= 2 && key[0] < 128 && key[1] < 128)
                {
                    _asciiOpenings[key[0] & 63] |= 1UL << (key[1] & 63);
                }

                var last = key[key.Length - 1];
                if (last < 128)
                {
                    _asciiFinals[last >> 6] |= 1UL << (last & 63);
                }
                MaxWords = Math.Max(MaxWords, Chars.CountWords(key));
            }
        }

        /// <summary>The phrases, normalised (lower case, one space between words).</summary>
        public IEnumerable<string> Phrases
        {
            get
            {
                foreach (var list in _byHash.Values)
                {
                    foreach (var phrase in list)
                    {
                        yield return phrase;
                    }
                }
            }
        }

        /// <summary>The longest phrase's length in characters, once normalised.</summary>
        public int MaxLength { get; }

        /// <summary>The most words a phrase has.</summary>
        public int MaxWords { get; }

        public bool Contains(string text) => Contains(text, 0, text.Length);

        public bool Contains(string s, int start, int end)
        {
            (start, end) = Trimmed(s, start, end);

            // A text opening with an ASCII character folds it to ASCII, so only a phrase opening with that folded character can match.
            if (end - start < _minLength || (s[start] < 128 && (_asciiInitials[Fold(s[start]) >> 6] & (1UL << (Fold(s[start]) & 63))) == 0))
            {
                return false;
            }

            // The text's last character, folded, is its phrase's last (both trimmed to a letter or digit): one outside the set's ends matches none.
            var final = Fold(s[end - 1]);
            if (final < 128 && (_asciiFinals[final >> 6] & (1UL << (final & 63))) == 0)
            {
                return false;
            }

            // A text of two characters or more (trimmed to a letter or digit at each end) is a phrase of two or more: its second
            // character, folded, or a space for a run of white space, is the phrase's second.
            if (end - start >= 2)
            {
                var opening = Fold(s[start]);
                var second = char.IsWhiteSpace(s[start + 1]) ? ' ' : Fold(s[start + 1]);
                if (opening < 128 && second < 128 && (_asciiOpenings[opening & 63] & (1UL << (second & 63))) == 0)
                {
                    return false;
                }
            }

            // Normalising only shortens runs of white space: a longer text with single spaces cannot match.
            if (end <= start || end - start > MaxLength * 3 || (end - start > MaxLength && s.IndexOf("  ", start, end - start, StringComparison.Ordinal) < 0 && s.IndexOf('\t', start, end - start) < 0))
            {
                return false;
            }

            var hash = Hash(s, start, end, MaxLength);
            if (hash == TooLong || !_byHash.TryGetValue(hash, out var candidates))
            {
                return false;
            }

            foreach (var candidate in candidates)
            {
                if (EqualsNormalised(s, start, end, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The range without the punctuation and spaces around it.</summary>
        private static (int Start, int End) Trimmed(string s, int start, int end)
        {
            while (start < end && !Chars.IsLetterOrDigit(s[start]))
            {
                start++;
            }

            while (end > start && !Chars.IsLetterOrDigit(s[end - 1]))
            {
                end--;
            }

            return (start, end);
        }

        /// <summary>Lower-cased, curly apostrophes straightened; white space is handled by the callers (one space per run).</summary>
        private static char Fold(char c) => c == '\u2019' ? '\'' : Chars.ToLowerInvariant(c);

        /// <summary>What <see cref="Hash(string, int, int, int)"/> gives for a text longer than any phrase.</summary>
        private const int TooLong = int.MinValue;

        private static int Hash(string s, int start, int end, int maxLength = int.MaxValue)
        {
            var hash = 17;
            var space = false;
            var length = 0;
            for (var i = start; i < end; i++)
            {
                var c = s[i];
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    hash = unchecked((hash * 31) + ' ');
                    space = false;
                    length++;
                }

                hash = unchecked((hash * 31) + Fold(c));
                if (++length > maxLength)
                {
                    return TooLong;
                }
            }

            return hash == TooLong ? TooLong + 1 : hash;
        }

        private static bool EqualsNormalised(string s, int start, int end, string key)
        {
            var k = 0;
            var space = false;
            for (var i = start; i < end; i++)
            {
                var c = s[i];
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    if (k >= key.Length || key[k] != ' ')
                    {
                        return false;
                    }

                    k++;
                    space = false;
                }

                if (k >= key.Length || key[k] != Fold(c))
                {
                    return false;
                }

                k++;
            }

            return k == key.Length;
        }

        private static string Key(string s, int start, int end)
        {
            var b = new System.Text.StringBuilder(end - start);
            var space = false;
            for (var i = start; i < end; i++)
            {
                var c = s[i];
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && b.Length > 0)
                {
                    b.Append(' ');
                }

                space = false;
                b.Append(Fold(c));
            }

            return b.ToString();
        }
    }
}
