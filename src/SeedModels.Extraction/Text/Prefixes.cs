using System;
using System.Collections.Generic;
using static SeedModels.Extraction.Text.AsciiKeys;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// A list of prefixes the detectors compare, ignoring case, with the start of every line (openers, labels).
    /// Nearly no line starts with any of them, so <see cref="For"/> gives only those that share the text's first
    /// letter, in their order; the comparison itself stays the caller's.
    /// </summary>
    internal sealed class Prefixes
    {
        private readonly string[] _all;

        /// <summary>The prefixes that start outside ASCII (<c>©</c>): all that a text opening with a mark outside ASCII can start with.</summary>
        private readonly string[] _outsideAscii;

        /// <summary>
        /// By the ASCII character a text starts with (lower-cased): the prefixes starting with it in either case, then those
        /// starting outside ASCII (<c>©</c>), which are compared with every text.
        /// </summary>
        private readonly string[][] _byInitial = new string[128][];

        /// <summary>For <see cref="Match"/>: the prefixes by their first three ASCII characters, lower-cased.</summary>
        private readonly Dictionary<int, string[]> _byTrigram = new Dictionary<int, string[]>();

        /// <summary>
        /// For <see cref="Match"/>: by a trigram's first character, its second characters (one bit each, modulo 64). A text
        /// whose second character has no bit under its first has no trigram among <see cref="_byTrigram"/>'s keys, and is not
        /// looked up there.
        /// </summary>
        private readonly ulong[] _secondsByFirst = new ulong[128];

        /// <summary>For <see cref="Match"/>: the prefixes shorter than three characters or not starting in ASCII, compared with every text.</summary>
        private readonly string[] _untrigrammed;

        public Prefixes(params string[] prefixes)
        {
            _all = prefixes;
            _untrigrammed = Array.FindAll(prefixes, p => Trigram(p, 0) < 0);
            foreach (var prefix in prefixes)
            {
                var key = Trigram(prefix, 0);
                if (key >= 0)
                {
                    _secondsByFirst[key >> 16] |= 1UL << ((key >> 8) & 63);
                }

                if (key >= 0 && !_byTrigram.ContainsKey(key))
                {
                    _byTrigram[key] = Array.FindAll(prefixes, p => Trigram(p, 0) == key);
                }
            }

            var outsideAscii = Array.FindAll(prefixes, p => p.Length == 0 || p[0] > '\u007F');
            _outsideAscii = outsideAscii;
            for (var c = 0; c < 128; c++)
            {
                var initial = ToLowerAscii((char)c);
                _byInitial[c] = Array.FindAll(prefixes, p => (p.Length > 0 && p[0] <= '\u007F' && ToLowerAscii(p[0]) == initial) || Array.IndexOf(outsideAscii, p) >= 0);
            }
        }

        /// <summary>The prefixes, in their order.</summary>
        public IReadOnlyList<string> All => _all;

        /// <summary>
        /// The prefixes <paramref name="text"/> could start with at <paramref name="index"/>, ignoring case: those with
        /// its first character in either case (an ASCII letter equals no other character ignoring case), or all of
        /// them when that character is outside ASCII.
        /// </summary>
        public string[] For(string text, int index = 0)
        {
            if (index >= text.Length)
            {
                return Array.Empty<string>();
            }

            // An ASCII letter equals only its two cases ignoring case; outside ASCII the framework decides: compare them all.
            var c = text[index];
            return c < 128 ? _byInitial[c] : char.IsLetter(c) ? _all : _outsideAscii;
        }

        /// <summary>
        /// The first of the prefixes (in their order) that <paramref name="text"/> starts with at <paramref name="index"/>,
        /// ignoring case; null when none does. Compares in place, leaving at the first differing character.
        /// </summary>
        public string? Match(string text, int index = 0)
        {
            // A text opening with an ASCII character no prefix opens with (in either case) matches none.
            if (index < text.Length && text[index] < 128 && _byInitial[text[index]].Length == 0)
            {
                return null;
            }

            // Nearly every text fails on its first three characters: look those up rather than compare each prefix.
            var key = Trigram(text, index);
            if (key < 0)
            {
                foreach (var prefix in For(text, index))
                {
                    if (StartsAt(text, index, prefix))
                    {
                        return prefix;
                    }
                }

                return null;
            }

            if ((_secondsByFirst[key >> 16] & (1UL << ((key >> 8) & 63))) != 0 && _byTrigram.TryGetValue(key, out var candidates))
            {
                foreach (var prefix in candidates)
                {
                    if (StartsAt(text, index, prefix))
                    {
                        return prefix;
                    }
                }
            }

            foreach (var prefix in _untrigrammed)
            {
                if (StartsAt(text, index, prefix))
                {
                    return prefix;
                }
            }

            return null;
        }

        /// <summary>The first three characters at <paramref name="index"/> lower-cased as one key, or -1 when fewer or not all ASCII.</summary>
        private static int Trigram(string text, int index)
        {
            if (text.Length - index < 3)
            {
                return -1;
            }

            var a = text[index];
            var b = text[index + 1];
            var c = text[index + 2];
            if (a >= 128 || b >= 128 || c >= 128)
            {
                return -1;
            }

            return (ToLowerAscii(a) << 16) | (ToLowerAscii(b) << 8) | ToLowerAscii(c);
        }

        /// <summary>Whether <paramref name="text"/> has <paramref name="prefix"/> at <paramref name="index"/>, ignoring case (as ordinal ignore-case does).</summary>
        public static bool StartsAt(string text, int index, string prefix)
        {
            if (text.Length - index < prefix.Length)
            {
                return false;
            }

            for (var k = 0; k < prefix.Length; k++)
            {
                var a = text[index + k];
                var b = prefix[k];
                if (a == b)
                {
                    continue;
                }

                if (a < 128 && b < 128)
                {
                    if (ToLowerAscii(a) != ToLowerAscii(b))
                    {
                        return false;
                    }

                    continue;
                }

                // One in ASCII, one outside: only the dotless i and the long s fold onto ASCII letters.
                if (a < 128 || b < 128)
                {
                    var ascii = ToLowerAscii(a < 128 ? a : b);
                    var other = a < 128 ? b : a;
                    if (!((other == '\u0131' && ascii == 'i') || (other == '\u017F' && ascii == 's')))
                    {
                        return false;
                    }

                    continue;
                }

                // Both outside ASCII: marks and symbols (quotes, dashes) equal only themselves.
                if (!char.IsLetter(a) || !char.IsLetter(b) || char.ToUpperInvariant(a) != char.ToUpperInvariant(b))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
