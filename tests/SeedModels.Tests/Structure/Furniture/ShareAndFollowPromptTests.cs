using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Share, follow and comment prompts between the paragraphs, in the shapes regional sites print them: a share row with the
    /// text-size buttons, buttons kept in square brackets, a polite share request, an invitation to follow the site on a
    /// messaging app, a comment prompt with its call after a colon, a note on the video player above. None is the story's, and
    /// none is a crosshead. Invented page.
    /// </summary>
    public class ShareAndFollowPromptTests
    {
        private const string Top = "Brackwater ferry to drop Sunday sailings after 30 years\n\nBy Tamsin Okoro\n\n" +
            "The Brackwater ferry will stop running on Sundays from April, the operator confirmed on Tuesday after a review of passenger numbers.\n\n";

        private const string Last = "\n\n\"We carried fewer than forty people on most Sunday sailings last winter,\" said Ines Halvorsen, the chief executive.";

        [Theory]
        [InlineData("Share  |  Font size: A- A+  |  Save")]
        [InlineData("[Print]  [Share & Bookmark]  [Subscribe to Harbour Alerts]")]
        [InlineData("Kindly Share This Story:")]
        [InlineData("Follow the Brackwater Post on Viber for breaking news and updates.")]
        [InlineData("Follow the Brackwater Post on Google News")]
        [InlineData("Share your thoughts: Join the conversation in the comments below.")]
        [InlineData("Video above: Witnesses describe the ferry running aground at Dunmore.")]
        [InlineData("WATCH ABOVE: The ferry's last Sunday sailing")]
        [InlineData("Watch the video above.")]
        [InlineData("Enjoying the Brackwater Post? Subscribe for free to get new posts by email.")]
        [InlineData("Like what you read? Join our newsletter for the week's sailings.")]
        [InlineData("Restack\n\nShare")]
        [InlineData("Share Gift this article Listen to this article")]
        public void APromptBetweenTheParagraphsLeavesTheBody(string prompt)
        {
            var s = Structure(Top + prompt + Last);

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains(prompt));
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AQuestionOverASentenceOpeningWithACallsVerbIsTheStorys()
        {
            // A pitch asks, then calls ("Enjoying it? Subscribe for free …"); a question the story answers may open its answer with
            // such a verb as a noun.
            const string paragraph = "Is the ferry app worth it? Download figures suggest most passengers think so.";
            var s = Structure(Top + paragraph + Last);

            Assert.Contains(s.Paragraphs, p => p.Text == paragraph);
        }

        [Theory]
        [InlineData("The board [which met on Monday] backed the plan.")]
        [InlineData("[Updated] The board backed the plan on Monday.")]
        public void ABracketInsideASentenceIsTheStorys(string paragraph)
        {
            var s = Structure(Top + paragraph + Last);

            Assert.Contains(s.Paragraphs, p => p.Text == paragraph);
        }
    }
}
