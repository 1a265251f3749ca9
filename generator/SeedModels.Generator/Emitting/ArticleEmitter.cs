using System.Collections.Generic;
using System.Globalization;
using SeedModels.Extraction;
using SeedModels.Extraction.Data;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// Writes one generated file: its articles' sealed records, then their part of the catalog class. A record's values travel
    /// as text in one <c>ArticleData</c> attribute (the engine's article in the article data format, one field a line, so the
    /// source shows what the article holds) and are decoded by the runtime library when the article is first used: the
    /// compiler sees one string constant per article, however many quotes or paragraphs it has, and nothing goes into the
    /// 16 MB heap string literals share. The catalog's part holds each article's typed property and its entry in the
    /// catalog's chain, in a private nested class, so nothing in the file is a member users see but do not mean.
    /// </summary>
    internal static class ArticleEmitter
    {
        public static string Emit(PlannedFile file)
        {
            var plan = file.Plan;
            var options = plan.Options;
            var w = new SourceWriter();
            Header.Write(w);
            w.Open("namespace " + options.Namespace);
            for (var i = 0; i < file.Articles.Count; i++)
            {
                WriteRecord(w, file.Articles[i], plan.TypeNames[i], options);
                w.Line();
            }

            var ns = "global::" + options.Namespace + ".";
            w.Open("public static partial class " + options.CatalogName);
            for (var i = 0; i < file.Articles.Count; i++)
            {
                var a = file.Articles[i];
                var type = ns + plan.TypeNames[i];
                w.Line("/// <summary>" + Hover(a) + "</summary>");
                w.Line("public static " + type + " " + plan.TypeNames[i] + " => " + type + ".Instance;");
                w.Line();
            }

            w.Open("private static partial class " + CatalogPlan.LinkTypeName(options));
            for (var i = 0; i < file.Articles.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                var typeName = plan.TypeNames[i];
                var next = plan.NextTypeNames[i];
                w.Line("internal static global::SeedModels.Generated.ArticleLink " + typeName + "() => new global::SeedModels.Generated.ArticleLink(");
                w.Line("    typeof(" + ns + typeName + "), " + CSharpLiteral.String(file.Articles[i].SourceFile) + ", static () => " + ns + typeName + ".Instance, " +
                       (next.Length == 0 ? "null" : "static () => " + next + "()") + ");");
            }

            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void WriteRecord(SourceWriter w, ExtractedArticle a, string typeName, GeneratorOptions options)
        {
            var type = "global::" + options.Namespace + "." + typeName;
            w.Line("/// <summary>" + (a.Headline.Length > 0 ? XmlDoc.Text(a.Headline) : "(no headline) " + XmlDoc.Text(a.SourceFile)) + "</summary>");
            w.Line("/// <remarks>" + Remarks(a) + "</remarks>");
            w.Line(Header.GeneratedCodeAttribute);
            w.VerbatimString("[global::SeedModels.Generated.ArticleData(", b => ArticleDataWriter.Write(a, b), ")]");
            w.Open("public sealed record " + typeName + " : global::SeedModels.Article");
            w.Line("/// <summary>The article read from <c>" + XmlDoc.Text(a.SourceFile) + "</c>.</summary>");
            w.Line("public static " + type + " Instance { get; } = new " + type + "();");
            w.Line();
            w.Line("private " + typeName + "()");
            w.Line("    : base(global::SeedModels.Generated.ArticleData.Decode(typeof(" + type + ")))");
            w.Line("{");
            w.Line("}");
            w.Close();
        }

        /// <summary>
        /// The catalog property's summary, which completion lists show: the headline, then byline, date and place, and the
        /// source file, so a user choosing among the articles sees which file each one is.
        /// </summary>
        private static string Hover(ExtractedArticle a) =>
            (a.Headline.Length > 0 ? XmlDoc.Text(a.Headline) : "(no headline)") + " \u2014 " + Remarks(a);

        /// <summary>What a tooltip shows under the headline: byline, date, place and the source file.</summary>
        private static string Remarks(ExtractedArticle a)
        {
            var parts = new List<string>();
            if (a.Byline is { } byline && byline.Authors.Count > 0)
            {
                parts.Add("By " + XmlDoc.Text(string.Join(", ", byline.Authors)) + ".");
            }

            if (a.Dateline is { } d && (d.Date != null || d.Place != null))
            {
                var when = new List<string>();
                if (d.Place != null)
                {
                    when.Add(d.Place);
                }

                if (d.Date is { } date)
                {
                    when.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                parts.Add(XmlDoc.Text(string.Join(", ", when)) + ".");
            }

            parts.Add("Source: <c>" + XmlDoc.Text(a.SourceFile) + "</c>.");
            return string.Join(" ", parts);
        }
    }
}
