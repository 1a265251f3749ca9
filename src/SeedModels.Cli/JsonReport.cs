using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedModels.Extraction;

namespace SeedModels.Cli
{
    /// <summary>
    /// The <c>--json</c> document of README "The CLI": one object, <c>articles</c>, each article's fields in the order and under the
    /// names of <see cref="ExtractedArticle.Walk"/> (with <c>typeName</c> after <c>sourceFile</c>), then its diagnostics. A file
    /// that is no article lists every field as null or empty.
    /// </summary>
    internal static class JsonReport
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Write(IReadOnlyList<InspectedArticle> articles, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, Options))
            {
                w.WriteStartObject();
                w.WriteStartArray("articles");
                foreach (var a in articles)
                {
                    WriteArticle(w, a);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        /// <summary>One article's object, as it stands in the document, with line feeds only and a closing one (a snapshot file's text).</summary>
        public static string Article(InspectedArticle article)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, Options))
            {
                WriteArticle(w, article);
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        }

        private static void WriteArticle(Utf8JsonWriter w, InspectedArticle inspected)
        {
            w.WriteStartObject();
            ExtractedArticle.Walk(new Fields(w, inspected), inspected.Article);
            w.WriteStartArray("diagnostics");
            foreach (var d in inspected.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("severity", d.Severity == ArticleDiagnosticSeverity.Info ? "info" : "warning");
                w.WriteNumber("line", d.Line);
                w.WriteNumber("column", d.Column);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        /// <summary>Writes each field as a JSON property; for a file that is no article, nulls and empty lists.</summary>
        private sealed class Fields : IFieldWalker
        {
            private readonly Utf8JsonWriter _w;
            private readonly InspectedArticle _inspected;
            private readonly bool _absent;
            private int _depth;

            public Fields(Utf8JsonWriter w, InspectedArticle inspected)
            {
                _w = w;
                _inspected = inspected;
                _absent = inspected.Article == null;
            }

            public string Text(string name, string value)
            {
                if (_depth == 0 && name == "sourceFile")
                {
                    _w.WriteString(name, _inspected.SourceFile);
                    _w.WriteString("typeName", _inspected.TypeName);
                    return value;
                }

                _w.WriteString(name, _absent ? null : value);
                return value;
            }

            public string? OptionalText(string name, string? value)
            {
                _w.WriteString(name, value);
                return value;
            }

            public int Number(string name, int value)
            {
                _w.WriteNumber(name, value);
                return value;
            }

            public bool Choice(string name, string whenTrue, string whenFalse, bool value)
            {
                _w.WriteString(name, value ? whenTrue : whenFalse);
                return value;
            }

            public DateTime? Date(string name, DateTime? value)
            {
                _w.WriteString(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return value;
            }

            public EquatableArray<string> Texts(string name, EquatableArray<string> values)
            {
                _w.WriteStartArray(name);
                foreach (var v in values)
                {
                    _w.WriteStringValue(v);
                }

                _w.WriteEndArray();
                return values;
            }

            public EquatableArray<T> Items<T>(string name, EquatableArray<T> items, Func<IFieldWalker, T?, T> walk)
                where T : class, IEquatable<T>
            {
                _w.WriteStartArray(name);
                foreach (var item in items)
                {
                    _w.WriteStartObject();
                    _depth++;
                    walk(this, item);
                    _depth--;
                    _w.WriteEndObject();
                }

                _w.WriteEndArray();
                return items;
            }

            public T? Optional<T>(string name, T? value, Func<IFieldWalker, T?, T> walk)
                where T : class
            {
                if (value == null)
                {
                    _w.WriteNull(name);
                    return null;
                }

                _w.WriteStartObject(name);
                _depth++;
                walk(this, value);
                _depth--;
                _w.WriteEndObject();
                return value;
            }
        }
    }
}
