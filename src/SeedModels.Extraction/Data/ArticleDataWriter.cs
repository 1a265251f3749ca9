using System;
using System.Globalization;
using System.Text;

namespace SeedModels.Extraction.Data
{
    /// <summary>
    /// Writes an article as the data the generated code carries: one field a line, <c>name: value</c>, lists as a count and
    /// then one <c>- </c> line (or block) per item, in the order of <see cref="ExtractedArticle.Walk"/>. Plain text by design:
    /// the generated source and its snapshots show what each article holds, and the compiler treats the whole article as one
    /// string constant (see <see cref="ArticleDataReader"/> for the way back).
    /// </summary>
    /// <example>
    /// <code>
    /// SeedModels article 1
    /// id: HarbourWallRebuilt
    /// byline:
    ///   authors: 1
    ///   - Jane Doe
    /// quotes: 1
    /// - text: We finished early
    ///   speaker: Tom Reyes
    ///   kind: direct
    /// </code>
    /// </example>
    internal sealed class ArticleDataWriter : IFieldWalker
    {
        /// <summary>The first line: what the data is and its format's version, checked by the reader.</summary>
        public const string Header = "SeedModels article 1";

        private readonly StringBuilder _b;
        private int _depth;
        private bool _itemStarts;

        private ArticleDataWriter(StringBuilder builder) => _b = builder;

        public static string Write(ExtractedArticle article)
        {
            var b = new StringBuilder(256);
            Write(article, b);
            return b.ToString();
        }

        /// <summary>Appends the data to <paramref name="builder"/> (the generator writes it straight into the source it makes).</summary>
        public static void Write(ExtractedArticle article, StringBuilder builder)
        {
            var w = new ArticleDataWriter(builder);
            w._b.Append(Header).Append('\n');
            ExtractedArticle.Walk(w, article);
        }

        public string Text(string name, string value)
        {
            Value(name, value);
            return value;
        }

        public string? OptionalText(string name, string? value)
        {
            Value(name, value);
            return value;
        }

        public int Number(string name, int value)
        {
            Line(name).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            return value;
        }

        public bool Choice(string name, string whenTrue, string whenFalse, bool value)
        {
            Line(name).Append(' ').Append(value ? whenTrue : whenFalse).Append('\n');
            return value;
        }

        public DateTime? Date(string name, DateTime? value)
        {
            Line(name).Append(' ').Append(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ArticleDataText.Absent).Append('\n');
            return value;
        }

        public EquatableArray<string> Texts(string name, EquatableArray<string> values)
        {
            Line(name).Append(' ').Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var value in values)
            {
                _b.Append(' ', _depth * 2).Append("- ");
                ArticleDataText.AppendEscaped(_b, value);
                _b.Append('\n');
            }

            return values;
        }

        public EquatableArray<T> Items<T>(string name, EquatableArray<T> items, Func<IFieldWalker, T?, T> walk)
            where T : class, IEquatable<T>
        {
            Line(name).Append(' ').Append(items.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var item in items)
            {
                _depth++;
                _itemStarts = true;
                walk(this, item);
                _depth--;
            }

            return items;
        }

        public T? Optional<T>(string name, T? value, Func<IFieldWalker, T?, T> walk)
            where T : class
        {
            if (value == null)
            {
                Line(name).Append(' ').Append(ArticleDataText.Absent).Append('\n');
                return null;
            }

            Line(name).Append('\n');
            _depth++;
            walk(this, value);
            _depth--;
            return value;
        }

        private void Value(string name, string? value)
        {
            var b = Line(name).Append(' ');
            if (value == null)
            {
                b.Append(ArticleDataText.Absent);
            }
            else
            {
                ArticleDataText.AppendEscaped(b, value);
            }

            b.Append('\n');
        }

        /// <summary>Starts a field's line: its indent (the first line of a list item carries the item's <c>- </c>) and its name.</summary>
        private StringBuilder Line(string name)
        {
            if (_itemStarts)
            {
                _itemStarts = false;
                _b.Append(' ', (_depth - 1) * 2).Append("- ");
            }
            else
            {
                _b.Append(' ', _depth * 2);
            }

            return _b.Append(name).Append(':');
        }
    }
}
