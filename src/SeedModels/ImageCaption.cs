namespace SeedModels
{
    /// <summary>An image caption and whom the image is credited to.</summary>
    public sealed record ImageCaption
    {
        /// <summary>The caption text, decoded from HTML where it was escaped.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>The credit, such as <c>Getty Images</c>, if the caption gives one.</summary>
        public string? Credit { get; init; }
    }
}
