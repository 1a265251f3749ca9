using System;
using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 8: furniture, captions and crossheads in shapes none of the corpora show, learned from the categories
    /// public boilerplate removers discard (comment sections, share and "like" rows, paywall prompts and meters, consent
    /// notices, breadcrumbs, tag lines, rating widgets, author boxes, publisher appeals) and from how they read captions and
    /// credits. Every page here is invented: its town, paper and people exist nowhere.
    /// </summary>
    public class BodyRound8Tests
    {
        private const string Top = "Brackenford closes old library after roof survey\n\nBy Jane Holloway\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams. The vote was unanimous.\n\n";
        private const string Middle = "The building will stay shut while engineers decide whether the roof can be repaired, a process expected to take at least six months.";
        private const string End = "\n\nA temporary library will open in the community centre next week, with shorter hours. The council will publish the findings in the summer.";

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
        public void FurnitureBetweenParagraphsLeavesTheBody(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("Join the Courier's community of readers. Subscribe for $1 a week.")]
        [InlineData("The Brackenford Courier is an independent, nonprofit newsroom. Donate today to support our work.")]
        [InlineData("Local reporting takes time and money. Become a member and help us keep it free for everyone.")]
        public void APublishersAppealUnderTheStoryLeavesTheBody(string appeal)
        {
            var s = Structure(Top + Middle + End + "\n\n" + appeal);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == appeal);
        }

        [Theory]
        [InlineData("The library will reopen in spring. Subscribers to the lending scheme keep their cards, the council said.")]
        [InlineData("Readers have until Friday to return their books. Join the queue early, our librarian advised.")]
        [InlineData("If you are a subscriber to the county's e-book service, your loans will carry over.")]
        [InlineData("This article of the lease gives subscribers to the reading room first use of the hall.")]
        [InlineData("You can read more about the survey in the council's report, which lists 40 free articles of equipment.")]
        public void StorySentencesThatMentionSubscribersOrJoiningStay(string sentence)
        {
            var s = Structure(Top + Middle + "\n\n" + sentence + End);

            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("The library will reopen in the spring, the council said.", "Photo: Tomas Varga")]
        [InlineData("Residents told the meeting they would fight the closure.", "Credit: Northwire")]
        [InlineData("We asked the council when the library would reopen.", "Image: Brackenford Council")]
        [InlineData("The building will stay shut while engineers decide whether the roof can be repaired.", "Photograph: Tomas Varga/Northwire")]
        public void ALabelledCreditUnderASentenceOfTheStoryTakesNoCaption(string sentence, string credit)
        {
            var s = Structure(Top + sentence + "\n\n" + credit + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == credit);
        }

        [Theory]
        [InlineData("Protesters gathered outside the town hall on Tuesday.", "Photo: Tomas Varga")]
        [InlineData("Ada Penrose, the head librarian, packs books into crates on Monday.", "Picture: Tomas Varga")]
        public void ALabelledCreditUnderACaptionStillCreditsIt(string caption, string credit)
        {
            var s = Structure(Top + caption + "\n\n" + credit + End);

            Assert.Equal(new[] { (caption, (string?)"Tomas Varga") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday \u2013 Tomas Varga", "Tomas Varga")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday \u2014 Marta Quell", "Marta Quell")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday - Marta Quell", "Marta Quell")]
        public void ACreditAfterADashClosesTheCaption(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday", (string?)credit) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Costs rose \u2013 and the council balked")]
        [InlineData("How one town lost its library \u2013 Until Now")]
        public void ADashInAHeadingIsNoCredit(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Empty(s.Captions);
            Assert.Equal(new[] { heading }, s.Crossheads);
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
        [InlineData("Next page of the plan")]
        [InlineData("Page Turners")]
        [InlineData("Rated by readers")]
        public void HeadingsThatOpenWithAPagersWordStayCrossheads(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Equal(new[] { heading }, s.Crossheads);
        }

        [Fact]
        public void AGalleryCounterOverASentenceOfTheStoryTakesNoCaption()
        {
            const string next = "Residents who borrowed books before the closure can return them at the town hall until the end of the month.";
            var s = Structure(Top + Middle + "\n\nImage 1 of 5\n\n" + next + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == next);
        }

        [Fact]
        public void AGalleryCounterOverACaptionStillMakesItOne()
        {
            var s = Structure(Top + Middle + "\n\nImage 1 of 5\n\nVolunteers carry crates of books down the library steps" + End);

            Assert.Equal(new[] { ("Volunteers carry crates of books down the library steps", (string?)null) }, s.Captions);
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

        [Fact]
        public void AnAuthorBoxTitledWithTheAuthorsNameLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nAbout Jane Holloway\n\nJane covers local government and education for the Courier.");

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AProfilesHeadingOverTheStorysOwnParagraphsStays()
        {
            const string profile = "Ada Penrose is the town's head librarian. She has run the Elm Street branch since 1998.";
            var s = Structure(Top + "About Ada Penrose\n\n" + profile + "\n\n" + Middle + End);

            Assert.Contains(s.Paragraphs, p => p.Text == profile);
            Assert.Equal(new[] { "About Ada Penrose" }, s.Crossheads);
        }

        [Theory]
        [InlineData("The views expressed in this article are the author's own and do not necessarily reflect those of the Courier.")]
        [InlineData("Opinions expressed by contributors are their own.")]
        [InlineData("This article was produced in partnership with the Brackenford Trust.")]
        [InlineData("This story was produced by the Brackenford Courier, a nonprofit newsroom, and is republished with permission.")]
        [InlineData("If you or someone you know is struggling, call the Brackenford helpline on 0800 000 000.")]
        [InlineData("We want to hear from you. Email your views to letters@courier.example.")]
        [InlineData("Note: This article has been updated with new figures from the council.")]
        [InlineData("Editor's note: This story was first published in 2024.")]
        [InlineData("This content is not available due to your privacy preferences.")]
        [InlineData("To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video.")]
        [InlineData("Our journalism relies on readers like you. Please support us today.")]
        public void ThePublishersNotesUnderTheStoryLeaveTheBody(string note)
        {
            var s = Structure(Top + Middle + End + "\n\n" + note);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == note);
        }

        [Fact]
        public void ASlashBeforeACreditIsNoPartOfIt()
        {
            var s = Structure(Top + "Engineers inspect the roof beams of the Elm Street library on Monday. / Tomas Varga" + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)"Tomas Varga") }, s.Captions);
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

        [Theory]
        [InlineData("Next steps: a new home for the books")]
        [InlineData("Timeline: 1962 to now")]
        public void AHeadingWithItsOwnLabelStaysACrosshead(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Equal(new[] { heading }, s.Crossheads);
        }
    }
}
