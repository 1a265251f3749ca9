using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

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
            var words = new List<string>();
            var length = 0;
            foreach (var word in SplitWords(text))
            {
                var part = Pascal(word);
                if (length > 0 && length + part.Length > MaxLength)
                {
                    break;
                }

                words.Add(part);
                length += part.Length;
            }

            while (words.Count > 1 && TrailingLittleWords.Contains(words[words.Count - 1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            var name = string.Concat(words);
            if (name.Length > MaxLength * 2)
            {
                name = name.Substring(0, MaxLength * 2);
            }

            return name.Length > 0 && IsDigit(name[0]) ? Fallback + name : name;
        }

        /// <summary>The identifier for an article: a valid <c>id</c> annotation, else the headline's words, else the file name's.</summary>
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

        private static IEnumerable<string> SplitWords(string text)
        {
            var b = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsLetter(c) || IsDigit(c))
                {
                    b.Append(c);
                }
                else if ((c == '\'' || c == '\u2019') && b.Length > 0 && i + 1 < text.Length && IsLetter(text[i + 1]))
                {
                    // "Trump's" → "Trumps": an apostrophe does not split a word.
                }
                else if (b.Length > 0)
                {
                    yield return b.ToString();
                    b.Clear();
                }
            }

            if (b.Length > 0)
            {
                yield return b.ToString();
            }
        }

        /// <summary>.NET casing: two-letter acronyms stay upper case (<c>DC</c>), longer ones become words (<c>Nasa</c>).</summary>
        private static string Pascal(string word)
        {
            var allUpper = true;
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    allUpper = false;
                    break;
                }
            }

            if (allUpper && word.Length <= 2)
            {
                return word;
            }

            var rest = allUpper ? word.Substring(1).ToLowerInvariant() : word.Substring(1);
            return char.ToUpperInvariant(word[0]) + rest;
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
