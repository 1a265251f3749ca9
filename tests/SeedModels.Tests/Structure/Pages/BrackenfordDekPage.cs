namespace SeedModels.Tests
{
    /// <summary>
    /// An invented Brackenford library story for standfirst and header tests: its headline (no line break), a two-
    /// paragraph body (opening with a blank line) and a one-line summary that can stand as its dek.
    /// </summary>
    internal static class BrackenfordDekPage
    {
        public const string Headline = "Brackenford library to close after roof survey finds cracks";

        public const string Body =
            "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams." +
            " Engineers had warned the council in the spring." +
            "\n\nThe building will stay shut while engineers decide whether the roof can be repaired, the council said.";

        public const string FirstBody = "Council members in Brackenford voted on Tuesday";

        public const string Dek = "Library users say the decision leaves the town without a reading room";
    }
}
