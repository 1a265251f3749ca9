using System.Text;

namespace SeedModels.Generator.Emitting
{
    /// <summary>A string builder that indents, so emitters read like the code they write.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(text).Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        /// <summary>
        /// <paramref name="open"/> at the current indent, then <paramref name="body"/> as it is (a verbatim string's lines must
        /// not be indented: the indent would become part of the text), then <paramref name="close"/>.
        /// </summary>
        public SourceWriter Verbatim(string open, string body, string close)
        {
            _builder.Append(' ', _indent * 4).Append(open).Append(body).Append(close).Append('\n');
            return this;
        }

        /// <summary>A preprocessor directive, at the start of its line as one is usually written.</summary>
        public SourceWriter Directive(string text)
        {
            _builder.Append(text).Append('\n');
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
