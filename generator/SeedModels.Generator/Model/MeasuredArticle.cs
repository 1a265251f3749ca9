namespace SeedModels.Generator.Model
{
    /// <summary>
    /// An article with what the shared plan needs to know of it and can work out alone: how much text its record embeds
    /// and its file's hint name. Made per article and cached with it, so the plan, which runs over every
    /// article whenever one changes, does not measure them all again.
    /// </summary>
    internal sealed record MeasuredArticle(ArticleModel Article, long EmbeddedSize, string HintName);
}
