namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story of Brackenmoor's library extending its hours: the headline, byline and first paragraph
    /// (<see cref="Top"/>) and a second paragraph (<see cref="Second"/>).
    /// </summary>
    internal static class BrackenmoorLibraryStory
    {
        public const string Top = "Brackenmoor library extends its opening hours\n\nBy Idris Fenwarde\n\nThe library on Brackenmoor's high street will open on Sundays from next month, the town council said on Tuesday. The change follows a petition signed by more than 900 residents.\n\n";

        public const string Second = "The council will review the new hours after six months.";
    }
}
