using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>The shape of a person's name: two to five capitalised words, particles and suffixes allowed.</summary>
    internal static class Names
    {
        private static readonly HashSet<string> Suffixes = new HashSet<string>(StringComparer.Ordinal) { "Jr", "Sr", "II", "III", "IV", "V" };

        /// <summary>The suffixes, to compare a word with each in place (the set tests a copy).</summary>
        private static readonly string[] SuffixList = new List<string>(Suffixes).ToArray();

        /// <summary>No suffix is longer than this, so longer words are rejected before they are copied.</summary>
        private const int MaxSuffixLength = 3;

        public static bool IsSuffix(string word) => Suffixes.Contains(word.TrimEnd('.'));

        /// <summary><c>IsSuffix(word.Text)</c>, copying only words short enough to be one.</summary>
        public static bool IsSuffix(Word word)
        {
            var end = word.End;
            while (end > word.Start && word.Source[end - 1] == '.')
            {
                end--;
            }

            return IsSuffixAt(word.Source, word.Start, end);
        }

        /// <summary><c>IsSuffix(word.Bare)</c> (a bare word has no trailing dots), without the copy.</summary>
        private static bool IsSuffixBare(Word word) => IsSuffixAt(word.Source, word.Start, word.BareEnd);

        /// <summary>
        /// Whether <paramref name="s"/>[start, end) is one of <see cref="Suffixes"/> (ordinal, as the set matches), compared where
        /// it stands: short words ("and", "of", "Jo") are asked about after every capital, and a copy of each was most of the cost.
        /// </summary>
        private static bool IsSuffixAt(string s, int start, int end)
        {
            var length = end - start;
            if (length <= 0 || length > MaxSuffixLength)
            {
                return false;
            }

            foreach (var suffix in SuffixList)
            {
                if (suffix.Length == length && string.CompareOrdinal(s, start, suffix, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the words [start, end) read as a person's name.</summary>
        public static bool IsPersonName(IReadOnlyList<Word> words, int start, int end, bool allowAllCaps = false)
        {
            var count = end - start;
            if (count < 2 || count > 5)
            {
                return false;
            }

            for (var i = start; i < end; i++)
            {
                // The bare word (no possessive, no trailing dots) is tested where it stands, without copying it.
                var w = words[i];
                var bareEnd = w.BareEnd;
                if (i > start && i < end - 1 && Lexicon.NameParticles.ContainsBare(w) && !w.IsCapitalized)
                {
                    continue;
                }

                if (i > start && IsSuffixBare(w))
                {
                    continue;
                }

                // "Roberta A. Kaplan": a middle initial with its full stop is no article or pronoun ("A.", "I.").
                var middleInitial = i > start && i < end - 1 && bareEnd - w.Start == 1 && bareEnd < w.End && w.Source[bareEnd] == '.';
                if (!w.IsCapitalized || Chars.HasDigit(w.Source, w.Start, bareEnd) || (Lexicon.FunctionWords.ContainsBare(w) && !middleInitial) ||
                    Lexicon.OrganisationWords.ContainsBare(w) || (w.IsAllCaps && bareEnd - w.Start > 1 && !allowAllCaps && !IsInitials(w.Bare)))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsPersonName(string s)
        {
            if (!OnlyNameCharacters(s))
            {
                return false;
            }

            var words = Words.Split(s);
            return IsPersonName(words, 0, words.Count, allowAllCaps: IsAllCaps(s));
        }

        /// <summary>Splits <c>A, B and C</c> or <c>A &amp; B</c> into names; null when any part is not a name.</summary>
        public static List<string>? SplitNameList(string s)
        {
            var parts = new List<string>();
            foreach (var chunk in s.Split(','))
            {
                foreach (var part in SplitAnd(chunk))
                {
                    var name = part.Trim();
                    if (name.Length == 0)
                    {
                        continue;
                    }

                    if (!IsPersonName(name))
                    {
                        return null;
                    }

                    parts.Add(IsAllCaps(name) ? TitleCase(name) : name);
                }
            }

            return parts.Count > 0 ? parts : null;
        }

        public static bool IsAllCaps(string s)
        {
            var letters = 0;
            foreach (var c in s)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters > 1;
        }

        /// <summary><c>NEW YORK</c> → <c>New York</c>.</summary>
        public static string TitleCase(string s)
        {
            var chars = s.ToCharArray();
            var start = true;
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsLetter(chars[i]))
                {
                    chars[i] = start ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
                    start = false;
                }
                else
                {
                    start = chars[i] == ' ' || chars[i] == '-' || chars[i] == '.';
                }
            }

            return new string(chars);
        }

        private static IEnumerable<string> SplitAnd(string chunk)
        {
            var rest = chunk;
            while (true)
            {
                var at = IndexOfWord(rest, "and");
                var amp = rest.IndexOf(" & ", StringComparison.Ordinal);
                if (at < 0 && amp < 0)
                {
                    yield return rest;
                    yield break;
                }

                if (at < 0 || (amp >= 0 && amp < at))
                {
                    yield return rest.Substring(0, amp);
                    rest = rest.Substring(amp + 3);
                }
                else
                {
                    yield return rest.Substring(0, at);
                    rest = rest.Substring(at + 3);
                }
            }
        }

        private static int IndexOfWord(string s, string word)
        {
            var i = 0;
            while ((i = s.IndexOf(word, i, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var before = i == 0 || s[i - 1] == ' ';
                var after = i + word.Length == s.Length || s[i + word.Length] == ' ';
                if (before && after)
                {
                    return i;
                }

                i += word.Length;
            }

            return -1;
        }

        private static bool OnlyNameCharacters(string s)
        {
            foreach (var c in s)
            {
                if (!char.IsLetter(c) && c != ' ' && c != '.' && c != '-' && c != '\'' && c != '\u2019')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsInitials(string s) => s.IndexOf('.') >= 0 && s.Replace(".", string.Empty).Length <= 3;
    }
}
