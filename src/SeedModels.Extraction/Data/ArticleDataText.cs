using System.Globalization;
using System.Text;

namespace SeedModels.Extraction.Data
{
    /// <summary>
    /// How one value is written on one line of the article data (<see cref="ArticleDataWriter"/>): a backslash starts an
    /// escape (<c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\~</c> for a leading tilde, which alone means "absent", and
    /// <c>\uXXXX</c> for control, format (bidi), separator and unassigned characters and unpaired surrogates), so a value is
    /// one line of printable text that any source file, and UTF-8, can hold.
    /// </summary>
    internal static class ArticleDataText
    {
        /// <summary>An absent value.</summary>
        public const string Absent = "~";

        public static void AppendEscaped(StringBuilder b, string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    case '~' when i == 0: b.Append("\\~"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            b.Append(c).Append(value[++i]);
                        }
                        else if (NeedsEscape(c))
                        {
                            b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            b.Append(c);
                        }

                        break;
                }
            }
        }

        /// <summary>The text of <paramref name="s"/> from <paramref name="start"/> to <paramref name="end"/>, escapes undone.</summary>
        public static string Unescape(string s, int start, int end)
        {
            var slash = s.IndexOf('\\', start, end - start);
            if (slash < 0)
            {
                return s.Substring(start, end - start);
            }

            var b = new StringBuilder(end - start);
            b.Append(s, start, slash - start);
            for (var i = slash; i < end; i++)
            {
                var c = s[i];
                if (c != '\\')
                {
                    b.Append(c);
                    continue;
                }

                if (++i >= end)
                {
                    throw new System.FormatException("A backslash ends a value of the article data");
                }

                switch (s[i])
                {
                    case 'n': b.Append('\n'); break;
                    case 'r': b.Append('\r'); break;
                    case 't': b.Append('\t'); break;
                    case 'u':
                        if (i + 4 >= end || !int.TryParse(s.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new System.FormatException("A \\u escape of the article data is not four hex digits");
                        }

                        b.Append((char)code);
                        i += 4;
                        break;
                    default: b.Append(s[i]); break; // \\ and \~
                }
            }

            return b.ToString();
        }

        /// <summary>The characters a C# string literal escapes too (Generator/Emitting/CSharpLiteral.cs): nothing that reads differently than it is.</summary>
        public static bool NeedsEscape(char c)
        {
            if (char.IsSurrogate(c) || char.IsControl(c))
            {
                return true;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Format || category == UnicodeCategory.LineSeparator ||
                   category == UnicodeCategory.ParagraphSeparator || category == UnicodeCategory.OtherNotAssigned || c == '\uFEFF';
        }
    }
}
