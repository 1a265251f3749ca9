namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// Writes the catalog class (a typed property per article and <c>All</c>) and the link type that chains the
    /// articles, so <c>All</c> is a walk, not an initializer that grows with the article count.
    /// </summary>
    internal static class CatalogEmitter
    {
        public static string Emit(Extraction.EquatableArray<Model.CatalogEntry> entries, Model.GeneratorOptions options)
        {
            var ns = "global::" + options.Namespace + ".";
            var link = CatalogPlan.LinkTypeName(options);
            var w = new SourceWriter();
            Header.Write(w);
            w.Open("namespace " + options.Namespace);
            w.Line("/// <summary>The project's articles: one typed property per article, and <see cref=\"All\"/>.</summary>");
            w.Line(Header.GeneratedCodeAttribute);
            w.Open("public static partial class " + options.CatalogName);
            foreach (var (typeName, headline, sourceFile) in entries)
            {
                w.Line("/// <summary>" + (headline.Length > 0 ? XmlDoc.Text(headline) : "(no headline)") + " (<c>" + XmlDoc.Text(sourceFile) + "</c>)</summary>");
                w.Line("public static " + ns + typeName + " " + typeName + " => " + ns + typeName + ".Instance;");
                w.Line();
            }

            w.Line("/// <summary>Every article, in source-file order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SeedModels.Article> All { get; } = " + ns + link + ".Walk(" +
                   (entries.Count == 0 ? "null" : ns + entries[0].TypeName + ".CatalogLink") + ");");
            w.Close();
            w.Line();
            w.Line("/// <summary>One article's place in the catalog's chain.</summary>");
            w.Line(Header.GeneratedCodeAttribute);
            w.Open("internal sealed class " + link);
            w.Line("private readonly global::System.Func<" + ns + link + "?>? _next;");
            w.Line();
            w.Open("public " + link + "(global::SeedModels.Article article, global::System.Func<" + ns + link + "?>? next)");
            w.Line("Article = article;");
            w.Line("_next = next;");
            w.Close();
            w.Line();
            w.Line("public global::SeedModels.Article Article { get; }");
            w.Line();
            w.Open("public static global::System.Collections.Generic.IReadOnlyList<global::SeedModels.Article> Walk(" + ns + link + "? first)");
            w.Line("var all = new global::System.Collections.Generic.List<global::SeedModels.Article>();");
            w.Open("for (var link = first; link != null; link = link._next?.Invoke())");
            w.Line("all.Add(link.Article);");
            w.Close();
            w.Line();
            w.Line("return all.AsReadOnly();");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
