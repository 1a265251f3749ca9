namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story (invented harbour, board and people) that the header rounds set under the page tops they test:
    /// its headline, a body of two paragraphs, and the first body paragraph's opening words.
    /// </summary>
    internal static class HarbourFerryPage
    {
        public const string Headline = "Harbour ferry returns to service after winter repairs";

        public const string Body =
            "\n\nThe Kestrel Point ferry carried its first passengers of the season on Saturday after a winter in the repair yard at Dunmore." +
            " Crews replaced the engine mounts and repainted the hull." +
            "\n\nThe harbour board said the crossing would run every hour until the end of October.";

        public const string FirstBody = "The Kestrel Point ferry carried";
    }
}
