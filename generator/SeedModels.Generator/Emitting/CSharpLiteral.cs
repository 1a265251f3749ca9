using System.Globalization;
using System.Text;

namespace SeedModels.Generator.Emitting
{
    /// <summary>Writes any text as a C# string literal that compiles: quotes, backslashes, control and format characters, lone surrogates.</summary>
    internal static class CSharpLiteral
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var b = new StringBuilder(value.Length + 2);
            b.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    case '\0': b.Append("\\0"); break;
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

            return b.Append('"').ToString();
        }

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Control, format (bidi marks), separator and unpaired surrogate characters are written as escapes.</summary>
        private static bool NeedsEscape(char c)
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
