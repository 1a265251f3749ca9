namespace SeedModels
{
    /// <summary>What kind of quotation a <see cref="Quote"/> is.</summary>
    public enum QuoteKind
    {
        /// <summary>A full utterance: a sentence or more, attributed or standing as its own paragraph.</summary>
        Direct,

        /// <summary>A fragment or scare quote inside the writer's own sentence.</summary>
        Partial,
    }
}
