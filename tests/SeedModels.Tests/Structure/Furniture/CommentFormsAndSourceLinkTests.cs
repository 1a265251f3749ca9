using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.MarrowbyLibraryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// Comment forms and their headings, a template's label, a label ending with a colon after the story and the
    /// original story's link leave the body; a story sentence opening like a sign-in prompt and a line introducing the
    /// closing quotation stay.
    /// </summary>
    public class CommentFormsAndSourceLinkTests
    {
        // Comment forms and notices under a story (category C: readers' comment furniture).
        [Theory]
        [InlineData("You must log in to post a comment.")]
        [InlineData("Sign in or get an account to comment.")]
        [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.")]
        [InlineData("Comments are posted from readers like you and do not always reflect the views of this paper.")]
        [InlineData("You are commenting using your Twitter account. Log Out / Change )")]
        public void ACommentFormsNoticeLeavesTheBody(string line)
        {
            var s = Structure(Top + Middle + End + "\n\n" + line);

            Assert.Empty(s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void APageTemplatesLabelBetweenParagraphsLeavesTheBody()
        {
            var s = Structure(Top + Middle + "\n\nArticle content" + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Speak Your Mind")]
        [InlineData("Add Your Voice")]
        public void ACommentFormsHeadingClosesThePage(string heading)
        {
            var s = Structure(Top + Middle + End + "\n\n" + heading + "\n\nIs there more to this story? Tell us about it and we will look into it.");

            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("more to this story"));
        }

        [Fact]
        public void AStorySentenceOpeningLikeASignInPromptStaysWhenItIsNotOne()
        {
            const string line = "Readers who sign in or register at the desk get a new card the same day, the librarian said.";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        // A line ending "said:" over the quotation that closes the story (category L: body text lost).
        [Theory]
        [InlineData("“It was an honour to reopen the doors.” Cllr Ada Flinders, Marrowby Town Council")]
        [InlineData("“It was an honour to reopen the doors, and I thank every volunteer who carried books upstairs”")]
        public void ALineIntroducingTheClosingQuotationStaysTheStorys(string quotation)
        {
            const string introducer = "Cllr Ada Flinders, leader of Marrowby Town Council, said:";
            var s = Structure(Top + Middle + "\n\n" + introducer + "\n\n" + quotation);

            Assert.Contains(s.Paragraphs, p => p.Text == introducer);
            Assert.Contains(s.Paragraphs, p => p.Text == quotation);
        }

        [Fact]
        public void ALabelEndingWithAColonAfterTheStoryStillLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nMore from the library desk:\n\nMarrowby fines to be scrapped\n\nBook sale raises record sum");

            Assert.Equal(3, s.Paragraphs.Count);
        }

        // A link to the story's original under its label (category F: source furniture).
        [Fact]
        public void TheOriginalStorysLinkUnderItsLabelLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nRead the original here:\nMarrowby library reopens after flood repairs - Marrowby Courier");

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Courier"));
        }
    }
}
