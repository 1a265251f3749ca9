using System;
using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, found by probing the body with lines written in the shapes of pages none of the corpora hold: page controls
    /// and list labels that were read as crossheads, a comment section's count, a cookie notice, credit labels in other
    /// cases and words, and an author box whose tabs stand between its label and the author's name.
    /// </summary>
    public class BodyProbeTests
    {
        private const string Top = "Brackenford closes old library after roof survey\n\nBy Jane Holloway\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams. The vote was unanimous.\n\n";
        private const string End = "\n\nA temporary library will open in the community centre next week, with shorter hours. The council will publish the findings in the summer.";

        [Theory]
        [InlineData("Prev")]
        [InlineData("Open in new window")]
        [InlineData("This video can not be played")]
        [InlineData("Now playing")]
        [InlineData("Show Transcript")]
        [InlineData("Read Full Article")]
        [InlineData("Want to read more?")]
        [InlineData("Log in to comment")]
        [InlineData("Leave a Reply")]
        [InlineData("Cancel reply")]
        [InlineData("Post Comment")]
        [InlineData("Share full article")]
        [InlineData("Save for later")]
        [InlineData("Add to favourites")]
        [InlineData("View Slideshow")]
        [InlineData("Back to Gallery")]
        [InlineData("Tap to unmute")]
        [InlineData("Cookie Policy")]
        [InlineData("Reject all")]
        [InlineData("Do Not Sell My Personal Information")]
        [InlineData("Start your free trial")]
        [InlineData("Unlock this article")]
        [InlineData("Breaking News")]
        [InlineData("Embed from Getty Images")]
        [InlineData("Click to share on Facebook (Opens in new window)")]
        [InlineData("Already a member? Sign in")]
        [InlineData("Your email address will not be published. Required fields are marked *")]
        [InlineData("Was this article helpful?")]
        [InlineData("We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.")]
        [InlineData("Published in the print edition of November 28, 2026.")]
        [InlineData("12 comments")]
        [InlineData("0 Comments")]
        [InlineData("Jump to Recipe")]
        [InlineData("Print Recipe")]
        [InlineData("Pin")]
        [InlineData("Copy link to clipboard")]
        [InlineData("Ad Feedback")]
        [InlineData("Allow all cookies")]
        [InlineData("Sponsored by Brackenford Building Society")]
        [InlineData("Advertiser content from Brackenford Building Society")]
        [InlineData("h/t Brackenford Courier")]
        [InlineData("Expand Autoplay")]
        [InlineData("ALSO READ | Town hall to host returned books")]
        [InlineData("Recommended reading: Town hall to host returned books")]
        [InlineData("Suggested: Town hall to host returned books")]
        [InlineData("LISTEN: Town hall to host returned books")]
        [InlineData("(Read more: Town hall to host returned books)")]
        [InlineData("\u2192 Town hall to host returned books")]
        [InlineData(">> Town hall to host returned books")]
        [InlineData("\u00BB Town hall to host returned books")]
        [InlineData("1 / 12")]
        [InlineData("3/9")]
        [InlineData("Slideshow: Inside the Elm Street library")]
        [InlineData("In pictures: Inside the Elm Street library")]
        [InlineData("Gallery: Inside the Elm Street library (12 photos)")]
        public void PageControlsBetweenParagraphsAreNeitherBodyNorCrossheads(string line)
        {
            Assert.True(BoilerplateDetector.IsBoilerplate(line, out _), line);

            var s = Structure(Top + line + End);
            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Trending")]
        [InlineData("You May Like")]
        [InlineData("Recommended Videos")]
        [InlineData("Related Posts")]
        [InlineData("Similar stories")]
        [InlineData("Read this next")]
        [InlineData("Most Shared")]
        [InlineData("Table of Contents")]
        [InlineData("On this page")]
        public void ALabelOverOtherStoriesHeadsALinkList(string label)
        {
            var s = Structure(Top + label + "\n\nTown hall to host returned books\n\nWhy old libraries are so hard to repair" + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ACounterWithASlashUnderACaptionLeavesTheNextParagraphInTheBody()
        {
            const string next = "Residents who borrowed books can return them at the town hall until the end of the month.";
            var s = Structure(Top + "Ada Penrose at the front desk on Tuesday.\n\n1/5\n\n" + next + End);

            Assert.Contains(s.Paragraphs, p => p.Text == next);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == "1/5");
        }

        [Fact]
        public void AGallerysLinkInCapitalsIsNoCreditForTheParagraphAboveIt()
        {
            const string above = "The building will stay shut while engineers decide whether the roof can be repaired.";
            var s = Structure(Top + above + "\n\nPHOTOS: Inside the Elm Street library" + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == above);
        }

        [Fact]
        public void ASourceLineUnderASentenceOfTheStoryTakesNoCaption()
        {
            const string sentence = "The building will stay shut while engineers decide whether the roof can be repaired, a process of six months.";
            var s = Structure(Top + sentence + "\n\nSource: Brackenford Council annual report 2025" + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Fact]
        public void ASourceLineUnderACaptionCreditsIt()
        {
            var s = Structure(Top + "Volunteers outside the Elm Street library on Monday\n\nSource: Brackenford Council" + End);

            Assert.Equal(new[] { ("Volunteers outside the Elm Street library on Monday", (string?)"Brackenford Council") }, s.Captions);
        }

        [Fact]
        public void AContentsListIsFurnitureAndTheSectionsItNamesStayCrossheads()
        {
            var s = Structure(Top + "Contents\n\nWhat the survey found\n\nWhat happens next" + End +
                              "\n\nWhat the survey found\n\nThe engineers found cracks in six of the roof beams. Two were near collapse." +
                              "\n\nWhat happens next\n\nThe council will decide in March whether to repair the roof. A public meeting will follow.");

            Assert.Equal(new[] { "What the survey found", "What happens next" }, s.Crossheads);
            Assert.Equal(4, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("4 comments on the plan")]
        [InlineData("12 of them")]
        public void ANumberBeforeOtherWordsIsNoCommentCount(string line)
        {
            Assert.False(BoilerplateDetector.IsBoilerplate(line, out _), line);
        }

        [Theory]
        [InlineData("Librarian Ada Penrose outside the library on Tuesday. Photographer: Marta Quell/Bloomberg", "Librarian Ada Penrose outside the library on Tuesday.", "Marta Quell/Bloomberg")]
        [InlineData("Librarian Ada Penrose outside the library on Tuesday. Photo Credit: Marta Quell", "Librarian Ada Penrose outside the library on Tuesday.", "Marta Quell")]
        [InlineData("Librarian Ada Penrose outside the library on Tuesday. PHOTO: Marta Quell", "Librarian Ada Penrose outside the library on Tuesday.", "Marta Quell")]
        [InlineData("Librarian Ada Penrose outside the library. Courtesy of the Brackenford Historical Society", "Librarian Ada Penrose outside the library.", "the Brackenford Historical Society")]
        [InlineData("The reading room before the survey. Photo by Marta Quell on Unsplash", "The reading room before the survey.", "Marta Quell on Unsplash")]
        public void ReadsCreditsUnderOtherLabels(string line, string text, string credit)
        {
            Assert.True(CaptionDetector.TryReadCaptionLine(line, out var readText, out var readCredit, unlabelledCredit: true));
            Assert.Equal(text, readText);
            Assert.Equal(credit, readCredit);

            var s = Structure(Top + line + End);
            Assert.Equal(new[] { (text, (string?)credit) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Volunteers stack sandbags outside the Elm Street library on Monday.", "Marta Quell for The Brackenford Courier")]
        [InlineData("Volunteers stack sandbags outside the Elm Street library on Monday", "Marta Quell for The New York Chronicle")]
        [InlineData("Ada Penrose at the front desk of the library in 2019.", "Marta Quell for Brackenford Weekly")]
        public void APhotographersCreditNamingThePaperUnderACaption(string caption, string credit)
        {
            var s = Structure(Top + caption + "\n\n" + credit + End);

            Assert.Equal(new[] { (caption, (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ANameForThePaperUnderTheLastParagraphCreditsNoPicture()
        {
            const string last = "The council will publish the engineers' findings in the summer.";
            var s = Structure(Top + last + "\n\nMarta Quell for The Brackenford Courier");

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == last);
        }

        [Fact]
        public void ANameForThePaperUnderParagraphsOfProseCreditsNoPicture()
        {
            const string prose = "The roof was last repaired in 1968. Engineers said the beams had lasted longer than expected.";
            var s = Structure(Top + prose + "\n\nMarta Quell for The Brackenford Courier" + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == prose);
        }

        [Theory]
        [InlineData("Councillor Tom Vale at Tuesday's meeting. Image courtesy of Brackenford Council")]
        [InlineData("Councillor Tom Vale at Tuesday's meeting. Photo courtesy Brackenford Council")]
        public void ACourtesyLabelCreditsTheCaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Councillor Tom Vale at Tuesday's meeting.", (string?)"Brackenford Council") }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("The roof is in worse shape than anyone thought. Thanks to all who came to help pic.twitter.example/aB3dE5", "\u2014 Ada Penrose (@adapenrose) November 27, 2026")]
        [InlineData("We are heartbroken to close our doors for now. See you soon! #libraries", "\u2014 Brackenford Library (@brackenfordlib) November 26, 2026")]
        [InlineData("Closed until further notice", "Brackenford Library (@brackenfordlib) November 26, 2026")]
        public void AnEmbeddedPostsTextOverItsSignatureIsNeitherBodyNorCrosshead(string post, string signature)
        {
            var s = Structure(Top + post + "\n\n" + signature + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AParagraphOverAPostsTextStaysBody()
        {
            const string lead = "Ada Penrose, the head librarian, wrote on social media that the closure had come as a shock.";
            var s = Structure(Top + lead + "\n\nWe are heartbroken to close our doors for now. pic.twitter.example/x7Kq2\n\n\u2014 Ada Penrose (@adapenrose) November 27, 2026" + End);

            Assert.Contains(s.Paragraphs, p => p.Text == lead);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void AParagraphOfPlainSentencesOverASignatureStaysBody()
        {
            // A post of a picture alone leaves its signature under the story's paragraph: that paragraph is no post.
            const string prose = "Ada Penrose said the closure had come as a shock. She posted a picture of the empty shelves.";
            var s = Structure(Top + prose + "\n\n\u2014 Ada Penrose (@adapenrose) November 27, 2026" + End);

            Assert.Contains(s.Paragraphs, p => p.Text == prose);
        }

        [Theory]
        [InlineData("3 thoughts on \u201CBrackenford closes old library after roof survey\u201D")]
        [InlineData("One response to \"Brackenford closes old library\"")]
        [InlineData("12 Comments on Brackenford closes old library")]
        [InlineData("Leave a Reply Cancel reply")]
        [InlineData("Comments are closed.")]
        public void ReadersCommentsUnderTheirHeadingAreNotTheStory(string heading)
        {
            var s = Structure(Top.TrimEnd() + End + "\n\n" + heading + "\n\nAda Penrose says:\n\nNovember 27, 2026 at 4:15 pm\n\n" +
                              "Such a shame, I grew up in that library and my children did too.\n\nReply\n\nTom Vale says:\n\n" +
                              "The council should have repaired the roof years ago. Nobody listened.");

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("12 responses to the consultation backed the plan.")]
        [InlineData("3 comments on the draft were received from residents.")]
        public void ASentenceCountingResponsesIsTheStorys(string sentence)
        {
            var s = Structure(Top + sentence + End + "\n\nThe next meeting is on Thursday. Residents may attend.");

            Assert.Equal(4, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Disclaimer: This article is for information only and does not constitute legal advice.")]
        [InlineData("If you liked this post, please share it with your friends.")]
        [InlineData("Please consider supporting our work with a donation.")]
        public void APagesDisclaimersAndPleasAreFurniture(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AnAuthorBoxLabelledWithTheAuthorsNameIsFurniture()
        {
            var s = Structure(Top.TrimEnd() + End + "\n\nAbout Jane Holloway\n\nJane Holloway writes about local government and libraries.\n\nView all posts by Jane Holloway");

            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Getty Images")]
        [InlineData("Supplied")]
        [InlineData("AFP via Getty Images")]
        [InlineData("Marta Quell/Brackenford Courier")]
        public void APersonPlacedWithoutAVerbIsTheCaptionOfTheCreditUnderIt(string credit)
        {
            const string caption = "Ada Penrose at the front desk on Tuesday.";
            var s = Structure(Top + caption + "\n\n" + credit + End);

            Assert.Equal(new[] { (caption, (string?)credit) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Ada Penrose told the meeting the closure was a shock.")]
        [InlineData("Ada Penrose, at the meeting, said the closure was a shock.")]
        [InlineData("Ada Penrose of the library trust called it a shock.")]
        public void ASentenceAboutAPersonOverACreditStaysBody(string sentence)
        {
            var s = Structure(Top + sentence + "\n\nGetty Images" + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Ada Penrose at the front desk on Tuesday.")]
        [InlineData("Tom Vale with volunteers outside the library in November.")]
        public void APersonPlacedWithoutAVerbAloneBetweenParagraphsIsACaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line, (string?)null) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Tom Vale at the council said the plan would fail.")]
        [InlineData("Tempers Run High at Packed Meeting")]
        [InlineData("Marta Quell via Getty Images.")]
        [InlineData("Vale: Win in a walk.")]
        [InlineData("Tom Vale at the council because the plan would fail.")]
        public void ALineOpeningWithANameAndAPlaceThatIsNoCaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.DoesNotContain(s.Captions, c => c.Text == line);
        }

        [Fact]
        public void ACreditLabelAfterACaptionWithoutAFullStop()
        {
            var s = Structure(Top + "Ada Penrose at the front desk Credit: Marta Quell" + End);

            Assert.Equal(new[] { ("Ada Penrose at the front desk", (string?)"Marta Quell") }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AnAuthorBoxWithTabsBetweenItsLabelAndTheNameIsFurniture()
        {
            var s = Structure(Top.TrimEnd() + End + "\n\nAuthor\n\nRecent Posts\n\nJane Holloway\n\n" +
                              "I'm Jane and I write about the towns along the Brack valley. I have lived here all my life.\n\n" +
                              "My blog is full of walks, local history and the odd council meeting.");

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("I'm Jane", StringComparison.Ordinal));
        }

        [Fact]
        public void AStoryParagraphOpeningWithAControlsWordStaysBody()
        {
            const string line = "Reply slips sent to residents asked whether they would accept a smaller library in the town hall.";
            var s = Structure(Top + line + End);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }
    }
}
