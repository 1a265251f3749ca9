using System.Text;

namespace SeedModels.Extraction.Text
{
    /// <summary>Finds and removes HTML markup, raw (<c>&lt;p&gt;</c>) or escaped (<c>&amp;lt;p&amp;gt;</c>), in one scan.</summary>
    internal static class Html
    {
        private static readonly char[] TagStarts = { '<', '&' };

        /// <summary>The offset of the first tag in [start, end), raw or escaped, and its length; -1 when there is none.</summary>
        public static int FindMarkup(string s, int start, int end, out int length)
        {
            // Every line comes here and nearly none has markup: jump to the characters a tag can start with.
            for (var i = start; i < end; i++)
            {
                i = s.IndexOfAny(TagStarts, i, end - i);
                if (i < 0)
                {
                    break;
                }

                if (s[i] == '<' && TryTagLength(s, i, end, raw: true, out length))
                {
                    return i;
                }

                if (s[i] == '&' && Chars.StartsWith(s, i, end, "&lt;") && TryTagLength(s, i, end, raw: false, out length))
                {
                    return i;
                }
            }

            length = 0;
            return -1;
        }

        /// <summary>Decodes entities and drops tags: <c>&amp;lt;p&amp;gt;Hello&amp;lt;/p&amp;gt;</c> → <c>Hello</c>.</summary>
        public static string Clean(string s)
        {
            if (s.IndexOf('<') < 0 && s.IndexOf('&') < 0)
            {
                return s;
            }

            var b = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                if ((s[i] == '<' && TryTagLength(s, i, s.Length, raw: true, out var tag)) ||
                    (s[i] == '&' && Chars.StartsWith(s, i, s.Length, "&lt;") && TryTagLength(s, i, s.Length, raw: false, out tag)))
                {
                    i += tag - 1;
                    continue;
                }

                if (s[i] == '&' && TryEntity(s, i, out var decoded, out var entityLength))
                {
                    b.Append(decoded);
                    i += entityLength - 1;
                    continue;
                }

                b.Append(s[i]);
            }

            return Chars.CollapseSpaces(b.ToString());
        }

        /// <summary>A tag is <c>&lt;name ...&gt;</c> or <c>&lt;/name&gt;</c>, with a letter right after the bracket.</summary>
        private static bool TryTagLength(string s, int i, int end, bool raw, out int length)
        {
            var open = raw ? 1 : 4;
            var close = raw ? ">" : "&gt;";
            var j = i + open;
            if (j < end && s[j] == '/')
            {
                j++;
            }

            length = 0;
            if (j >= end || !IsAsciiLetter(s[j]))
            {
                return false;
            }

            var limit = System.Math.Min(end, i + 200);
            for (var k = j; k < limit; k++)
            {
                if (raw && s[k] == '<')
                {
                    return false;
                }

                if (string.CompareOrdinal(s, k, close, 0, close.Length) == 0)
                {
                    length = k + close.Length - i;
                    return true;
                }
            }

            return false;
        }

        private static bool TryEntity(string s, int i, out string decoded, out int length)
        {
            decoded = string.Empty;
            length = 0;
            var semi = s.IndexOf(';', i + 1, System.Math.Min(10, s.Length - i - 1));
            if (semi < 0)
            {
                return false;
            }

            var name = s.Substring(i + 1, semi - i - 1);
            length = semi - i + 1;
            switch (name)
            {
                case "amp": decoded = "&"; return true;
                case "lt": decoded = "<"; return true;
                case "gt": decoded = ">"; return true;
                case "quot": decoded = "\""; return true;
                case "apos": decoded = "'"; return true;
                case "nbsp": decoded = " "; return true;
                case "rsquo": decoded = "\u2019"; return true;
                case "lsquo": decoded = "\u2018"; return true;
                case "ldquo": decoded = "\u201C"; return true;
                case "rdquo": decoded = "\u201D"; return true;
                case "mdash": decoded = "\u2014"; return true;
                case "ndash": decoded = "\u2013"; return true;
            }

            if (name.Length > 1 && name[0] == '#')
            {
                var hex = name[1] == 'x' || name[1] == 'X';
                var digits = name.Substring(hex ? 2 : 1);
                if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) &&
                    code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                {
                    decoded = char.ConvertFromUtf32(code);
                    return true;
                }
            }

            return false;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
