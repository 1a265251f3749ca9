namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story of Quarrendon's village hall reopening, with no byline: the headline and first paragraph
    /// (<see cref="Top"/>), a second paragraph (<see cref="Second"/>) and closing paragraphs (<see cref="StoryEnd"/>).
    /// </summary>
    internal static class QuarrendonHallStory
    {
        public const string Top = "Quarrendon hall reopens after repairs\n\nThe village hall in Quarrendon reopened on Saturday after a year of repairs to its roof and kitchen. About two hundred people came to the opening.\n\n";

        public const string Second = "The hall committee will meet again in March to plan the summer fair.";

        public const string StoryEnd = "The hall committee thanked the volunteers who gave up their weekends.\n\nThe next dance is on the first Saturday in May.\n\n";
    }
}
