using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SeedModels.Cli
{
    /// <summary>The <c>--json</c> document of SPEC §8: one object, <c>articles</c>, fields in a fixed order.</summary>
    internal static class JsonReport
    {
        public static void Write(IReadOnlyList<InspectedArticle> articles, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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

        private static void WriteArticle(Utf8JsonWriter w, InspectedArticle inspected)
        {
            var article = inspected.Result.Article;
            w.WriteStartObject();
            w.WriteString("id", article?.Id);
            w.WriteString("sourceFile", inspected.SourceFile);
            w.WriteString("typeName", inspected.TypeName);
            w.WriteString("headline", article?.Headline);
            w.WriteString("standfirst", article?.Standfirst);
            if (article?.Byline is { } byline)
            {
                w.WriteStartObject("byline");
                WriteStrings(w, "authors", byline.Authors);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("byline");
            }

            if (article?.Dateline is { } dateline)
            {
                w.WriteStartObject("dateline");
                w.WriteString("date", dateline.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("place", dateline.Place);
                w.WriteString("agency", dateline.Agency);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("dateline");
            }

            w.WriteStartArray("quotes");
            foreach (var q in article?.Quotes ?? ValueList<Quote>.Empty)
            {
                w.WriteStartObject();
                w.WriteString("text", q.Text);
                w.WriteString("speaker", q.Speaker);
                w.WriteString("kind", q.Kind == QuoteKind.Direct ? "direct" : "partial");
                w.WriteNumber("paragraph", q.Paragraph);
                w.WriteNumber("line", q.Line);
                w.WriteNumber("column", q.Column);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("imageCaptions");
            foreach (var c in article?.ImageCaptions ?? ValueList<ImageCaption>.Empty)
            {
                w.WriteStartObject();
                w.WriteString("text", c.Text);
                w.WriteString("credit", c.Credit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "crossheads", article?.Crossheads ?? ValueList<string>.Empty);
            WriteStrings(w, "paragraphs", article?.Paragraphs ?? ValueList<string>.Empty);
            w.WriteString("source", article?.Source);
            w.WriteString("url", article?.Url);
            WriteStrings(w, "tags", article?.Tags ?? ValueList<string>.Empty);
            w.WriteStartArray("diagnostics");
            foreach (var d in inspected.Result.Diagnostics)
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

        private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values)
            {
                w.WriteStringValue(v);
            }

            w.WriteEndArray();
        }
    }
}
