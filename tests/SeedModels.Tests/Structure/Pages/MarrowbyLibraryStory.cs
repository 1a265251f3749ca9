namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story of the Marrowby library reopening: the headline, byline and first paragraph
    /// (<see cref="Top"/>), a middle paragraph (<see cref="Middle"/>) and the last paragraph (<see cref="End"/>).
    /// </summary>
    internal static class MarrowbyLibraryStory
    {
        public const string Top = "Marrowby library reopens after flood repairs\n\nBy Tessa Quenby\n\nThe Marrowby public library reopened on Monday after eight months of repairs to its flooded ground floor. Staff said more than four hundred readers came through the doors on the first day.\n\n";

        public const string Middle = "The repairs cost the town council about half of what it had set aside, because the shelving on the upper floor was saved.";

        public const string End = "\n\nThe library will open until eight in the evening on weekdays from next month. A reading room for children is planned for the autumn.";
    }
}
