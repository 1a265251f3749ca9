using System;
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
        /// <paramref name="open"/> at the current indent, then a verbatim string literal (<c>@"…"</c>) whose text
        /// <paramref name="write"/> appends — its lines not indented, since the indent would become part of the text; written in
        /// place, its quotes then doubled in place, so a large text is not copied on its way into the source — then <paramref name="close"/>.
        /// </summary>
        public SourceWriter VerbatimString(string open, Action<StringBuilder> write, string close)
        {
            _builder.Append(' ', _indent * 4).Append(open).Append("@\"");
            var start = _builder.Length;
            write(_builder);
            _builder.Replace("\"", "\"\"", start, _builder.Length - start);
            _builder.Append('"').Append(close).Append('\n');
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
