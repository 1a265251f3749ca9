namespace SeedModels.Tests
{
    /// <summary>
    /// An invented Brackenford library story for header tests: its headline (with the blank line after it) and its two-
    /// paragraph body (opening with a blank line), between which a test sets a byline, a date or a label.
    /// </summary>
    internal static class BrackenfordHeaderPage
    {
        public const string Headline = "Brackenford library to close after roof survey finds cracks\n\n";

        public const string Body =
            "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams." +
            "\n\nThe building will stay shut while engineers decide whether the roof can be repaired, the council said.";

        public const string FirstBody = "Council members in Brackenford voted on Tuesday";
    }
}
