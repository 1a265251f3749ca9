using System.Linq;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>Writes articles' sealed records: fields set once in a private constructor, one shared <c>Instance</c> each.</summary>
    internal static class ArticleEmitter
    {
        /// <summary>One generated file: the header and namespace once, then each article's record.</summary>
        public static string Emit(PlannedFile file)
        {
            var w = new SourceWriter();
            Header.Write(w);
            w.Open("namespace " + file.Articles[0].Options.Namespace);
            for (var i = 0; i < file.Articles.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                var article = file.Articles[i];
                WriteRecord(w, article.Article, article.TypeName, article.NextTypeName, article.Options);
            }

            w.Close();
            return w.ToString();
        }

        private static void WriteRecord(SourceWriter w, ArticleModel a, string typeName, string? nextTypeName, GeneratorOptions options)
        {
            w.Line("/// <summary>" + (a.Headline.Length > 0 ? XmlDoc.Text(a.Headline) : "(no headline) " + XmlDoc.Text(a.SourceFile)) + "</summary>");
            w.Line("/// <remarks>" + Remarks(a) + "</remarks>");
            w.Line(Header.GeneratedCodeAttribute);
            w.Open("public sealed record " + typeName + " : global::SeedModels.Article");
            w.Line("/// <summary>The article read from <c>" + XmlDoc.Text(a.SourceFile) + "</c>.</summary>");
            w.Line("public static global::" + options.Namespace + "." + typeName + " Instance { get; } = new global::" + options.Namespace + "." + typeName + "();");
            w.Line();
            var link = CatalogPlan.LinkTypeName(options);
            w.Line("internal static readonly global::" + options.Namespace + "." + link + " CatalogLink = new global::" + options.Namespace + "." + link + "(Instance, " +
                   (nextTypeName == null ? "null" : "static () => global::" + options.Namespace + "." + nextTypeName + ".CatalogLink") + ");");
            w.Line();
            w.Open("private " + typeName + "()");
            w.Line("Id = " + CSharpLiteral.String(a.Identifier) + ";");
            w.Line("Headline = " + CSharpLiteral.String(a.Headline) + ";");
            w.Line("Standfirst = " + CSharpLiteral.String(a.Standfirst) + ";");
            if (a.Authors.Count > 0)
            {
                w.Line("Byline = new global::SeedModels.Byline { Authors = " + Strings(a.Authors) + " };");
            }

            if (a.Date != null || a.Place != null || a.Agency != null)
            {
                var date = a.Date == null ? "null" : "new global::System.DateTime(" + a.Date.Substring(0, 4).TrimStart('0') + ", " + a.Date.Substring(5, 2).TrimStart('0') + ", " + a.Date.Substring(8, 2).TrimStart('0') + ")";
                w.Line("Dateline = new global::SeedModels.Dateline { Date = " + date + ", Place = " + CSharpLiteral.String(a.Place) + ", Agency = " + CSharpLiteral.String(a.Agency) + " };");
            }

            Items(w, "Quotes", "global::SeedModels.Quote", a.Quotes, q =>
                "new global::SeedModels.Quote { Text = " + CSharpLiteral.String(q.Text) + ", Speaker = " + CSharpLiteral.String(q.Speaker) +
                ", Kind = global::SeedModels.QuoteKind." + (q.IsDirect ? "Direct" : "Partial") + ", Paragraph = " + CSharpLiteral.Int(q.Paragraph) +
                ", Line = " + CSharpLiteral.Int(q.Line) + ", Column = " + CSharpLiteral.Int(q.Column) + " }");
            Items(w, "ImageCaptions", "global::SeedModels.ImageCaption", a.Captions, c =>
                "new global::SeedModels.ImageCaption { Text = " + CSharpLiteral.String(c.Text) + ", Credit = " + CSharpLiteral.String(c.Credit) + " }");
            w.Line("Crossheads = " + Strings(a.Crossheads) + ";");
            Items(w, "Paragraphs", "string", a.Paragraphs, CSharpLiteral.String);
            w.Line("Source = " + CSharpLiteral.String(a.Source) + ";");
            w.Line("Url = " + CSharpLiteral.String(a.Url) + ";");
            w.Line("Tags = " + Strings(a.Tags) + ";");
            w.Line("SourceFile = " + CSharpLiteral.String(a.SourceFile) + ";");
            w.Close();
            w.Close();
        }

        /// <summary>What a tooltip shows under the headline: byline, date, place and the source file.</summary>
        private static string Remarks(ArticleModel a)
        {
            var parts = new System.Collections.Generic.List<string>();
            if (a.Authors.Count > 0)
            {
                parts.Add("By " + XmlDoc.Text(string.Join(", ", a.Authors)) + ".");
            }

            if (a.Date != null || a.Place != null)
            {
                parts.Add(XmlDoc.Text(string.Join(", ", new[] { a.Place, a.Date }.Where(x => x != null))) + ".");
            }

            parts.Add("Source: <c>" + XmlDoc.Text(a.SourceFile) + "</c>.");
            return string.Join(" ", parts);
        }

        /// <summary>One array property, an item a line; the empty array is <c>Array.Empty</c>.</summary>
        private static void Items<T>(SourceWriter w, string property, string type, EquatableArray<T> items, System.Func<T, string> write)
            where T : System.IEquatable<T>
        {
            if (items.Count == 0)
            {
                w.Line(property + " = global::System.Array.Empty<" + type + ">();");
                return;
            }

            w.Open(property + " = new " + type + "[]");
            foreach (var item in items)
            {
                w.Line(write(item) + ",");
            }

            w.Close(";");
        }

        private static string Strings(EquatableArray<string> values)
        {
            if (values.Count == 0)
            {
                return "global::System.Array.Empty<string>()";
            }

            var items = new System.Collections.Generic.List<string>(values.Count);
            foreach (var v in values)
            {
                items.Add(CSharpLiteral.String(v));
            }

            return "new string[] { " + string.Join(", ", items) + " }";
        }
    }
}
