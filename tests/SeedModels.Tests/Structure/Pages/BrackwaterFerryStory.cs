namespace SeedModels.Tests
{
    /// <summary>An invented story's first two paragraphs, set under whatever head a test builds (the blank line before them included).</summary>
    internal static class BrackwaterFerryStory
    {
        public const string Story =
            "\n\nThe Brackwater ferry will stop running on Sundays from April, the operator confirmed on Tuesday after a review of passenger numbers.\n\n" +
            "\"We carried fewer than forty people on most Sunday sailings last winter,\" said Ines Halvorsen, the operator's chief executive.";
    }
}
