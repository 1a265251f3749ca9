using System.Collections.Generic;
using System.Globalization;
using SeedModels.Extraction;
using SeedModels.Extraction.Data;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// Writes articles' sealed records. A record's values travel as text in one <c>ArticleData</c> attribute (the engine's
    /// article in the article data format, one field a line, so the source shows what the article holds) and are decoded by
    /// the runtime library when the article is first used: the compiler sees one string constant per article, however many
    /// quotes or paragraphs it has, and nothing goes into the 16 MB heap string literals share.
    /// </summary>
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

        private static void WriteRecord(SourceWriter w, ExtractedArticle a, string typeName, string? nextTypeName, GeneratorOptions options)
        {
            var type = "global::" + options.Namespace + "." + typeName;
            w.Line("/// <summary>" + (a.Headline.Length > 0 ? XmlDoc.Text(a.Headline) : "(no headline) " + XmlDoc.Text(a.SourceFile)) + "</summary>");
            w.Line("/// <remarks>" + Remarks(a) + "</remarks>");
            w.Line(Header.GeneratedCodeAttribute);
            w.Verbatim("[global::SeedModels.Generated.ArticleData(@\"", ArticleDataWriter.Write(a).Replace("\"", "\"\""), "\")]");
            w.Open("public sealed record " + typeName + " : global::SeedModels.Article");
            w.Line("/// <summary>The article read from <c>" + XmlDoc.Text(a.SourceFile) + "</c>.</summary>");
            w.Line("public static " + type + " Instance { get; } = new " + type + "();");
            w.Line();
            var link = "global::" + options.Namespace + "." + CatalogPlan.LinkTypeName(options);
            w.Line("internal static readonly " + link + " CatalogLink = new " + link + "(Instance, " +
                   (nextTypeName == null ? "null" : "static () => global::" + options.Namespace + "." + nextTypeName + ".CatalogLink") + ");");
            w.Line();
            w.Line("private " + typeName + "()");
            w.Line("    : base(global::SeedModels.Generated.ArticleData.Decode(typeof(" + type + ")))");
            w.Line("{");
            w.Line("}");
            w.Close();
        }

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
