using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// The publisher's appeals and notes under the story (subscribe or donate, "views are the author's own") and an
    /// author box titled with the author's name leave the body; story sentences about subscribers or a profile heading
    /// over the story's own paragraphs stay.
    /// </summary>
    public class PublisherAppealsAndAuthorBoxTests
    {
        [Theory]
        [InlineData("Join the Courier's community of readers. Subscribe for $1 a week.")]
        [InlineData("The Brackenford Courier is an independent, nonprofit newsroom. Donate today to support our work.")]
        [InlineData("Local reporting takes time and money. Become a member and help us keep it free for everyone.")]
        [InlineData("The Brackenford Notebook is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.")]
        public void APublishersAppealUnderTheStoryLeavesTheBody(string appeal)
        {
            var s = Structure(Top + Middle + End + "\n\n" + appeal);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == appeal);
        }

        [Theory]
        [InlineData("The library will reopen in spring. Subscribers to the lending scheme keep their cards, the council said.")]
        [InlineData("The council said the library is a reader-supported publication hub for the town.")]
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
    }
}
