using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedModels.Extraction.Naming
{
    /// <summary>
    /// Makes a readable C# type name from a headline or file name (PascalCase, cut at a word boundary, no
    /// trailing little words, no leading digit) and checks names given by <c>id</c> annotations.
    /// </summary>
    internal static class Identifiers
    {
        public const int MaxLength = 40;
        public const string Fallback = "Article";

        private static readonly HashSet<string> TrailingLittleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "the", "of", "for", "with", "to", "in", "on", "at", "and", "or", "by", "from", "as", "is", "are", "after", "over", "into", "its", "their",
        };

        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
            "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
            "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
            "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte",
            "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "record", "var", "dynamic",
            "async", "await", "nameof", "when", "where", "yield", "partial", "value", "get", "set", "init", "global", "file", "required", "scoped",
            "__arglist", "__makeref", "__reftype", "__refvalue", // undocumented keywords, reserved all the same
        };

        /// <summary>The longest of <see cref="TrailingLittleWords"/>: a name's last word longer than it is none of them.</summary>
        private static readonly int LongestTrailingLittleWord = Longest(TrailingLittleWords);

        private static int Longest(IEnumerable<string> words)
        {
            var longest = 0;
            foreach (var word in words)
            {
                longest = Math.Max(longest, word.Length);
            }

            return longest;
        }

        /// <summary>Whether <paramref name="name"/> can be used as a type name as it is.</summary>
        public static bool IsValid(string name)
        {
            if (name.Length == 0 || name.Length > 512 || Keywords.Contains(name) || !(IsLetter(name[0]) || name[0] == '_') || IsLowerAscii(name))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!IsLetter(c) && !IsDigit(c) && c != '_' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ConnectorPunctuation &&
                    CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpacingCombiningMark)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>PascalCase words of <paramref name="text"/>, cut to a readable length; empty when it has no letters or digits.</summary>
        public static string FromText(string text)
        {
            // The words are cased where they stand in one buffer, with the end of each: no string per word, per cased word
            // and per join (every article is named, most by their headline). The name holds only the text's letters and
            // digits, so a buffer of the text's length always holds it.
            var name = new char[text.Length];
            var length = 0;

            // Every word after the first keeps the name within MaxLength, and each has a character: at most MaxLength ends.
            var ends = new int[MaxLength + 1];
            var count = 0;
            var wordStart = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (IsLetter(c) || IsDigit(c))
                {
                    name[length++] = c;
                    continue;
                }

                if (i < text.Length && (c == '\'' || c == '\u2019') && length > wordStart && i + 1 < text.Length && IsLetter(text[i + 1]))
                {
                    continue; // "Trump's" → "Trumps": an apostrophe does not split a word.
                }

                if (length == wordStart)
                {
                    continue;
                }

                Pascal(name, wordStart, length);
                if (wordStart > 0 && length > MaxLength)
                {
                    length = wordStart; // the word would make the name too long: the name ends before it
                    break;
                }

                ends[count++] = length;
                wordStart = length;
            }

            while (count > 1 && IsTrailingLittleWord(name, ends[count - 2], ends[count - 1]))
            {
                count--;
            }

            length = count == 0 ? 0 : Math.Min(ends[count - 1], MaxLength * 2);
            if (length == 0)
            {
                return string.Empty;
            }

            var result = new string(name, 0, length);
            return IsDigit(result[0]) ? Fallback + result : result;
        }

        /// <summary>The identifier for an article: a valid <c>id</c> annotation, else the headline's words, else the file name's.</summary>
        /// <summary>Whether the name's word [start, end) is one of <see cref="TrailingLittleWords"/>; a longer word is not copied out to ask.</summary>
        private static bool IsTrailingLittleWord(char[] name, int start, int end) =>
            end - start <= LongestTrailingLittleWord && TrailingLittleWords.Contains(new string(name, start, end - start));

        public static string For(string? annotatedId, string? headline, string sourceFile)
        {
            if (annotatedId != null && IsValid(annotatedId))
            {
                return annotatedId;
            }

            var fromHeadline = headline == null ? string.Empty : FromText(headline);
            if (fromHeadline.Length > 0)
            {
                return fromHeadline;
            }

            var fromFile = FromText(FileStem(sourceFile));
            return fromFile.Length > 0 ? fromFile : Fallback;
        }

        private static string FileStem(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            var name = path.Substring(slash + 1);
            var dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }

        /// <summary>
        /// .NET casing of the word [<paramref name="start"/>, <paramref name="end"/>), in place: two-letter acronyms stay upper
        /// case (<c>DC</c>), longer ones become words (<c>Nasa</c>).
        /// </summary>
        private static void Pascal(char[] name, int start, int end)
        {
            var allUpper = true;
            for (var k = start; k < end; k++)
            {
                if (char.IsLower(name[k]))
                {
                    allUpper = false;
                    break;
                }
            }

            if (allUpper && end - start <= 2)
            {
                return;
            }

            name[start] = char.ToUpperInvariant(name[start]);
            if (allUpper)
            {
                for (var k = start + 1; k < end; k++)
                {
                    name[k] = char.ToLowerInvariant(name[k]);
                }
            }
        }

        /// <summary>A name of lower-case ASCII letters only may become a keyword (CS8981), so it is no type name.</summary>
        private static bool IsLowerAscii(string name)
        {
            foreach (var c in name)
            {
                if (c < 'a' || c > 'z')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLetter(char c) => char.IsLetter(c) && !char.IsSurrogate(c);

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
