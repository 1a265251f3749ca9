using System;
using System.Globalization;

namespace SeedModels.Extraction.Data
{
    /// <summary>
    /// Reads back what <see cref="ArticleDataWriter"/> wrote, field by field in the order of <see cref="ExtractedArticle.Walk"/>,
    /// in one pass. Indentation is for the eye and is skipped; the names are checked, so data of another format fails loudly
    /// (a <see cref="FormatException"/>) instead of giving a wrong article.
    /// </summary>
    internal sealed class ArticleDataReader : IFieldWalker
    {
        private readonly string _s;
        private int _position;
        private int _line;

        private ArticleDataReader(string data) => _s = data;

        public static ExtractedArticle Read(string data)
        {
            var r = new ArticleDataReader(data);
            var (start, end) = r.NextLine();
            if (string.CompareOrdinal(data, start, ArticleDataWriter.Header, 0, Math.Max(end - start, ArticleDataWriter.Header.Length)) != 0)
            {
                throw new FormatException("The article data does not start with '" + ArticleDataWriter.Header + "': it was written by another version of SeedModels");
            }

            var article = ExtractedArticle.Walk(r, null);
            if (r._position < data.Length)
            {
                throw r.Error("more data than the article's fields");
            }

            return article;
        }

        public string Text(string name, string value)
        {
            var (start, end) = Field(name);
            return ArticleDataText.Unescape(_s, start, end);
        }

        public string? OptionalText(string name, string? value)
        {
            var (start, end) = Field(name);
            return IsAbsent(start, end) ? null : ArticleDataText.Unescape(_s, start, end);
        }

        public int Number(string name, int value) => ParseInt(Field(name));

        public bool Choice(string name, string whenTrue, string whenFalse, bool value)
        {
            var (start, end) = Field(name);
            if (Is(start, end, whenTrue))
            {
                return true;
            }

            return Is(start, end, whenFalse) ? false : throw Error("'" + name + "' is neither " + whenTrue + " nor " + whenFalse);
        }

        public DateTime? Date(string name, DateTime? value)
        {
            var (start, end) = Field(name);
            if (IsAbsent(start, end))
            {
                return null;
            }

            if (end - start != 10 || _s[start + 4] != '-' || _s[start + 7] != '-')
            {
                throw Error("'" + name + "' is not a yyyy-MM-dd date");
            }

            return new DateTime(ParseInt((start, start + 4)), ParseInt((start + 5, start + 7)), ParseInt((start + 8, end)));
        }

        public EquatableArray<string> Texts(string name, EquatableArray<string> values)
        {
            var items = new string[Count(name)];
            for (var i = 0; i < items.Length; i++)
            {
                var (start, end) = NextLine();
                start = SkipIndent(start, end);
                if (end - start < 2 || _s[start] != '-' || _s[start + 1] != ' ')
                {
                    throw Error("item " + i + " of '" + name + "' does not start with '- '");
                }

                items[i] = ArticleDataText.Unescape(_s, start + 2, end);
            }

            return new EquatableArray<string>(items);
        }

        public EquatableArray<T> Items<T>(string name, EquatableArray<T> items, Func<IFieldWalker, T?, T> walk)
            where T : class, IEquatable<T>
        {
            var read = new T[Count(name)];
            for (var i = 0; i < read.Length; i++)
            {
                read[i] = walk(this, null);
            }

            return new EquatableArray<T>(read);
        }

        public T? Optional<T>(string name, T? value, Func<IFieldWalker, T?, T> walk)
            where T : class
        {
            var (start, end) = Field(name);
            if (IsAbsent(start, end))
            {
                return null;
            }

            return start == end ? walk(this, null) : throw Error("'" + name + "' is neither absent nor followed by its fields");
        }

        private int Count(string name)
        {
            var count = ParseInt(Field(name));
            return count >= 0 && count <= _s.Length ? count : throw Error("'" + name + "' has an impossible count");
        }

        /// <summary>The value of the next line, which must be the field <paramref name="name"/>: empty when the line is <c>name:</c>.</summary>
        private (int Start, int End) Field(string name)
        {
            var (start, end) = NextLine();
            start = SkipIndent(start, end);
            if (end - start >= 2 && _s[start] == '-' && _s[start + 1] == ' ')
            {
                start += 2; // the first field of a list item
            }

            if (end - start <= name.Length || string.CompareOrdinal(_s, start, name, 0, name.Length) != 0 || _s[start + name.Length] != ':')
            {
                throw Error("expected the field '" + name + "'");
            }

            start += name.Length + 1;
            if (start == end)
            {
                return (start, end);
            }

            return _s[start] == ' ' ? (start + 1, end) : throw Error("no space after '" + name + ":'");
        }

        private (int Start, int End) NextLine()
        {
            if (_position >= _s.Length)
            {
                throw Error("the data ends early");
            }

            var start = _position;
            var newline = _s.IndexOf('\n', start);
            var end = newline < 0 ? _s.Length : newline;
            _position = newline < 0 ? _s.Length : newline + 1;
            _line++;
            return (start, end > start && _s[end - 1] == '\r' ? end - 1 : end); // a raw CR is a line end another tool added
        }

        private int SkipIndent(int start, int end)
        {
            while (start < end && _s[start] == ' ')
            {
                start++;
            }

            return start;
        }

        private bool IsAbsent(int start, int end) => Is(start, end, ArticleDataText.Absent);

        private bool Is(int start, int end, string value) => end - start == value.Length && string.CompareOrdinal(_s, start, value, 0, value.Length) == 0;

        private int ParseInt((int Start, int End) span)
        {
            if (!int.TryParse(_s.Substring(span.Start, span.End - span.Start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                throw Error("'" + _s.Substring(span.Start, Math.Min(20, span.End - span.Start)) + "' is not a number");
            }

            return n;
        }

        private FormatException Error(string what) => new FormatException("Article data, line " + _line.ToString(CultureInfo.InvariantCulture) + ": " + what);
    }
}
