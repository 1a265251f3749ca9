namespace SeedModels.Tests
{
    /// <summary>
    /// The Quarrendon village hall story with a byline: the headline, byline and first paragraph (<see cref="Top"/>)
    /// and a second paragraph (<see cref="Second"/>).
    /// </summary>
    internal static class QuarrendonHallBylinedStory
    {
        public const string Top = "Quarrendon hall reopens after repairs\n\nBy Tamsin Greeley\n\nThe village hall in Quarrendon reopened on Saturday after a year of repairs to its roof and kitchen. About two hundred people came to the opening.\n\n";

        public const string Second = "The hall committee will meet again in March to plan the summer fair.";
    }
}
