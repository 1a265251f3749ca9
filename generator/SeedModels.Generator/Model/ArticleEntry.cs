using SeedModels.Extraction;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// One article as the extraction step caches it: the engine's value as it is (its identifier chosen) and its
    /// <see cref="ArticleKey"/>, made once here so the steps after it can pass it on as it is.
    /// </summary>
    internal sealed record ArticleEntry(ExtractedArticle Article, ArticleKey Key);

    /// <summary>
    /// What the catalog's layout needs of one article — its identifier, its path, the hint name of its own file — and
    /// nothing of its body: editing an article's text leaves its key equal, so names, order and files stay cached.
    /// </summary>
    internal sealed record ArticleKey(string Id, string SourceFile, string HintName);
}

namespace SeedModels.Generator.Model
{
    /// <summary>The keys of the collected articles, and the position of each among them (a file that gives no article has none).</summary>
    internal sealed record CollectedKeys(SeedModels.Extraction.EquatableArray<ArticleKey> Keys, SeedModels.Extraction.EquatableArray<int> Positions);
}
