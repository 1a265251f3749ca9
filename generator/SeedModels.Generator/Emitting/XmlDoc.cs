using System.Text;

namespace SeedModels.Generator.Emitting
{
    /// <summary>Makes any text safe inside an XML documentation comment: one line, markup escaped, no characters XML forbids.</summary>
    internal static class XmlDoc
    {
        /// <summary>Doc text longer than this is cut (with an ellipsis): a tooltip, not the article.</summary>
        public const int MaxLength = 300;

        public static string Text(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            var b = new StringBuilder();
            var space = false;
            for (var i = 0; i < value!.Length && b.Length < MaxLength; i++)
            {
                var c = value[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    space = b.Length > 0;
                    continue;
                }

                if (space)
                {
                    b.Append(' ');
                    space = false;
                }

                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    b.Append(c).Append(value[++i]);
                    continue;
                }

                switch (c)
                {
                    case '&': b.Append("&amp;"); break;
                    case '<': b.Append("&lt;"); break;
                    case '>': b.Append("&gt;"); break;
                    default:
                        if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            b.Append('\uFFFD');
                        }
                        else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                        {
                            b.Append(c); // format characters (bidi overrides) would make the comment read differently than it compiles
                        }

                        break;
                }
            }

            if (b.Length >= MaxLength)
            {
                b.Append('\u2026');
            }

            return b.ToString();
        }
    }
}
