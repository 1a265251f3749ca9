namespace SeedModels.Extraction.Structure
{
    /// <summary>What a line or paragraph of an article turned out to be.</summary>
    internal enum UnitKind
    {
        /// <summary>Not decided yet; what is left at the end is body text.</summary>
        Text,
        Headline,
        Standfirst,
        Byline,
        Dateline,
        Caption,
        Credit,
        Crosshead,
        Boilerplate,
    }
}
