using SeedModels.Extraction;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// One article as the extraction step caches it: the engine's value as it is (its <c>Id</c> metadata applied) and the hint
    /// name of its own file, worked out once here so the shared plan, which runs over every article, does not.
    /// </summary>
    internal sealed record ArticleEntry(ExtractedArticle Article, string HintName);
}
