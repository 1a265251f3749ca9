using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// Template lines between and under the paragraphs (share and like rows, pagers, sign-in walls, another story's
    /// labelled headline, readers' comments) leave the body, and a comments button over a quoted speaker closes
    /// nothing.
    /// </summary>
    public class ShareRowsPagersAndCommentsTests
    {
        [Theory]
        [InlineData("Like this:")]
        [InlineData("Bookmark the permalink.")]
        [InlineData("This entry was posted in Local News and tagged library, council. Bookmark the permalink.")]
        [InlineData("Comments (3)")]
        [InlineData("comments powered by Disqus")]
        [InlineData("Sort by Newest")]
        [InlineData("Write a comment")]
        [InlineData("Turn on notifications")]
        [InlineData("Forgot password?")]
        [InlineData("Estimated reading time: 4 minutes")]
        [InlineData("A A A")]
        [InlineData("1.2K 31 Listen Share")]
        [InlineData("Save Share A A A")]
        [InlineData("Trending Stories")]
        [InlineData("Editor's Choice")]
        [InlineData("Subscribe for full access")]
        [InlineData("Get unlimited access")]
        [InlineData("Become a subscriber today")]
        [InlineData("Tagged: library, council, roof")]
        [InlineData("Keywords: library, council, roof")]
        [InlineData("Close ad")]
        [InlineData("Ad Choices")]
        [InlineData("Privacy")]
        [InlineData("Terms")]
        [InlineData("Terms of Use | Privacy Policy")]
        [InlineData("Manage consent")]
        [InlineData("We value your privacy")]
        [InlineData("We and our partners use cookies to store and access information on your device.")]
        [InlineData("Report a typo")]
        [InlineData("Spotted an error? Let us know.")]
        [InlineData("Contact the writer at jane.holloway@courier.example")]
        [InlineData("Promoted Links by Taboola")]
        [InlineData("Rate this article")]
        [InlineData("Thank you for your feedback.")]
        [InlineData("Home \u00BB News \u00BB Local")]
        [InlineData("Home / News / Local")]
        [InlineData("This story has been updated to include comment from the council.")]
        [InlineData("This article is for subscribers only.")]
        [InlineData("You have reached your limit of free articles.")]
        [InlineData("You've read 3 of 5 free articles this month.")]
        [InlineData("Facebook X WhatsApp Follow us")]
        [InlineData("Follow Us Add as preferred source")]
        [InlineData("1.3K")]
        [InlineData("Transcript")]
        [InlineData("\u2605 \u2605 \u2605 \u2605 \u2606")]
        [InlineData("Read Also Harbour depot fire put out after 18 hours")]
        [InlineData("Comments are open to subscribers.")]
        [InlineData("Would you like to comment on this article? Register (it's quick and free) or sign in now.")]
        [InlineData("Release No. 26-1184")]
        [InlineData("For feedback, complaints, or inquiries, contact us.")]
        [InlineData("Comments are closed on court reports for legal reasons.")]
        [InlineData("Read the e-paper")]
        public void FurnitureBetweenParagraphsLeavesTheBody(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("Page 1 of 3")]
        [InlineData("1 2 3 Next \u00BB")]
        [InlineData("Pages: 1 2 3")]
        [InlineData("Continue to page 2")]
        [InlineData("4.5 (12 votes)")]
        [InlineData("Rated 4.5 out of 5 stars")]
        [InlineData("Was this page useful? Yes No")]
        [InlineData("You must be 18 or older to view this content.")]
        [InlineData("Confirm your age")]
        [InlineData("Add to cart")]
        [InlineData("Shop the story")]
        [InlineData("Toggle navigation")]
        [InlineData("Reprints & Permissions")]
        [InlineData("Republish this article")]
        [InlineData("Loading comments...")]
        [InlineData("Be the first to comment")]
        [InlineData("You must be logged in to post a comment.")]
        [InlineData("Sign in to continue reading")]
        [InlineData("Create a free account to continue reading")]
        [InlineData("Video duration 2:31")]
        [InlineData("Photos courtesy of Brackenford Council")]
        [InlineData("iStock")]
        public void PagersWidgetsAndSignInWallsLeaveTheBody(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Comments\n\nMarta Kessel\n\n2 hours ago\n\nThis is a shame, the library was lovely.\n\nReply")]
        [InlineData("12 Comments\n\nMarta Kessel says:\n\nNovember 27, 2026 at 4:12 pm\n\nThis is a shame, the library was lovely.\n\nReply")]
        public void ReadersCommentsUnderTheStoryLeaveTheBody(string thread)
        {
            var s = Structure(Top + Middle + End + "\n\n" + thread);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("lovely"));
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void ACommentsButtonOverAQuotedSpeakerClosesNothing()
        {
            const string quote = "\u201CWe will find a new home for every book,\u201D she said.";
            var s = Structure(Top + Middle + "\n\nComments\n\nAda Penrose said:\n\n" + quote + End);

            Assert.Contains(s.Paragraphs, p => p.Text == quote);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("A temporary library", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("READ NEXT: Town hall to host returned books")]
        [InlineData("TRENDING: Town hall to host returned books")]
        [InlineData("UP NEXT: Town hall to host returned books")]
        [InlineData("Don't miss: Town hall to host returned books")]
        [InlineData("You may also like: Town hall to host returned books")]
        [InlineData("Related Stories: Town hall to host returned books")]
        [InlineData("Catch up | Town hall to host returned books")]
        [InlineData("Catch up: Town hall to host returned books")]
        public void AnotherStorysHeadlineAfterALabelOnTheSameLineLeavesTheBody(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }
    }
}
