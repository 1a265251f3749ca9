namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story of Brackenford closing its old library: the headline, byline and first paragraph
    /// (<see cref="Top"/>), a paragraph to set between lines under test (<see cref="Middle"/>) and the story's last
    /// paragraph (<see cref="End"/>).
    /// </summary>
    internal static class BrackenfordClosingStory
    {
        public const string Top = "Brackenford closes old library after roof survey\n\nBy Jane Holloway\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams. The vote was unanimous.\n\n";

        public const string Middle = "The building will stay shut while engineers decide whether the roof can be repaired, a process expected to take at least six months.";

        public const string End = "\n\nA temporary library will open in the community centre next week, with shorter hours. The council will publish the findings in the summer.";
    }
}
