using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// Writes the catalog file: the catalog class's own members — <c>All</c> and the lookups by id and by source file, all
    /// answered by the runtime library's <c>ArticleIndex</c> over the chain of article entries — and the private class the
    /// article files add those entries to. It needs only the first article's name, so an edit to any article's body, or
    /// another article's name, leaves it as it is; no member grows with the article count.
    /// </summary>
    internal static class CatalogEmitter
    {
        private const string Article = "global::SeedModels.Article";

        /// <summary>
        /// The nullable attribute of the <c>TryGet</c> methods' <c>out</c> parameter, where the framework has it (netstandard2.0
        /// and net472 do not; the SDK defines these symbols for the others).
        /// </summary>
        private static readonly string[] NotNullWhenTrue =
        {
            "#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER",
            "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]",
            "#endif",
        };

        public static string Emit(CatalogHead head)
        {
            var options = head.Options;
            var link = CatalogPlan.LinkTypeName(options);
            var w = new SourceWriter();
            Header.Write(w);
            w.Open("namespace " + options.Namespace);
            w.Line("/// <summary>");
            w.Line("/// The project's articles: one typed property per article (its summary shows the headline, byline, date and source file),");
            w.Line("/// <see cref=\"All\"/>, and lookups by id (<see cref=\"Get\"/>, <see cref=\"TryGet\"/>) and by source file");
            w.Line("/// (<see cref=\"GetBySourceFile\"/>, <see cref=\"TryGetBySourceFile\"/>).");
            w.Line("/// </summary>");
            w.Line(Header.GeneratedCodeAttribute);
            w.Open("public static partial class " + options.CatalogName);
            w.Line("private static readonly global::SeedModels.Generated.ArticleIndex CatalogLink = new global::SeedModels.Generated.ArticleIndex(" +
                   CSharpLiteral.String(options.CatalogName) + ", " + (head.FirstTypeName == null ? "null" : link + "." + head.FirstTypeName + "()") + ");");
            w.Line();
            w.Line("/// <summary>Every article, in source-file order. The first use decodes every article; later uses return the same list.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Article + "> All => CatalogLink.All;");
            w.Line();
            w.Line("/// <summary>The article with this id: the name of its type and of its property here. One hash lookup, no allocation.</summary>");
            w.Line("/// <param name=\"id\">The article's id: its <c>Id</c>, or for the second of two articles with one id, the name SEED007 gave it.</param>");
            w.Line("/// <returns>The article.</returns>");
            w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No article has that id; the message names the nearest ids.</exception>");
            w.Line("public static " + Article + " Get(string id) => CatalogLink.Get(id);");
            w.Line();
            w.Line("/// <summary>The article with this id, if there is one. One hash lookup, no allocation.</summary>");
            w.Line("/// <param name=\"id\">The article's id: the name of its type and of its property here.</param>");
            w.Line("/// <param name=\"article\">The article, or <see langword=\"null\"/> when none has that id.</param>");
            w.Line("/// <returns>Whether an article has that id.</returns>");
            WriteTryGet(w, "TryGet", "id", "TryGet");
            w.Line();
            w.Line("/// <summary>The article read from this file. One hash lookup, no allocation.</summary>");
            w.Line("/// <param name=\"sourceFile\">The file's path relative to the project, as the article's <c>SourceFile</c> has it (<c>\\</c> matches <c>/</c>).</param>");
            w.Line("/// <returns>The article.</returns>");
            w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No article comes from that file; the message names the nearest paths.</exception>");
            w.Line("public static " + Article + " GetBySourceFile(string sourceFile) => CatalogLink.GetBySourceFile(sourceFile);");
            w.Line();
            w.Line("/// <summary>The article read from this file, if there is one. One hash lookup, no allocation.</summary>");
            w.Line("/// <param name=\"sourceFile\">The file's path relative to the project, as the article's <c>SourceFile</c> has it (<c>\\</c> matches <c>/</c>).</param>");
            w.Line("/// <param name=\"article\">The article, or <see langword=\"null\"/> when none comes from that file.</param>");
            w.Line("/// <returns>Whether an article comes from that file.</returns>");
            WriteTryGet(w, "TryGetBySourceFile", "sourceFile", "TryGetBySourceFile");
            w.Line();
            w.Line("/// <summary>The catalog's chain: each article's file adds a method here making its entry, which names the next article's.</summary>");
            w.Open("private static partial class " + link);
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void WriteTryGet(SourceWriter w, string name, string parameter, string indexMethod)
        {
            w.Line("public static bool " + name + "(");
            w.Line("    string " + parameter + ",");
            foreach (var line in NotNullWhenTrue)
            {
                if (line.StartsWith("#", System.StringComparison.Ordinal))
                {
                    w.Directive(line);
                }
                else
                {
                    w.Line("    " + line);
                }
            }

            w.Line("    out " + Article + "? article) => CatalogLink." + indexMethod + "(" + parameter + ", out article);");
        }
    }
}
