using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 10: page furniture, captions and crossheads in the shapes that pages from unseen publishers showed when
    /// read by eye (a blog's comment form and its notices, a quotation introduced by a line ending "said:" closing the story,
    /// a picture's alt text repeated over its caption, a link to the original story under its label). Every page here is
    /// invented: its town, paper and people exist nowhere.
    /// </summary>
    public class BodyRound10Tests
    {
        private const string Top = "Marrowby library reopens after flood repairs\n\nBy Tessa Quenby\n\nThe Marrowby public library reopened on Monday after eight months of repairs to its flooded ground floor. Staff said more than four hundred readers came through the doors on the first day.\n\n";
        private const string Middle = "The repairs cost the town council about half of what it had set aside, because the shelving on the upper floor was saved.";
        private const string End = "\n\nThe library will open until eight in the evening on weekdays from next month. A reading room for children is planned for the autumn.";

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

        // A picture's alt text over its caption, each on its own line (category X: false crosshead).
        [Fact]
        public void AltTextRepeatedOverItsCaptionIsNoCrosshead()
        {
            const string caption = "Volunteers carry books to the upper floor";
            var s = Structure(Top + Middle + "\n\n" + caption + "\n\n" + caption + "\n\nCourtesy of Ivo Penrake" + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(new[] { (caption, (string?)"Ivo Penrake") }, s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void AHeadingOverADifferentCaptionStaysACrosshead()
        {
            var s = Structure(Top + Middle + "\n\nA long wait for readers\n\nVolunteers carry books to the upper floor\n\nCourtesy of Ivo Penrake\n\n" +
                              "Readers waited months for the doors to open again, and many said the town felt emptier without them." + End);

            Assert.Contains("A long wait for readers", s.Crossheads);
        }

        // A link to the story's original under its label (category F: source furniture).
        [Fact]
        public void TheOriginalStorysLinkUnderItsLabelLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nRead the original here:\nMarrowby library reopens after flood repairs - Marrowby Courier");

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Courier"));
        }

        // A paragraph of the story that closes with its wire source in brackets (category L: body taken as a caption).
        [Theory]
        [InlineData("Farmers near Marrowby are buying as much hay as they can while the dry spell lasts. Some are selling part of their herds. (Northwire News Service)")]
        [InlineData("The mayor said the library would reopen within the month. Volunteers had already carried most books upstairs. (Marrowby Press Agency)")]
        public void AStoryParagraphClosingWithItsSourceStaysTheStorys(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ACaptionClosingWithItsSourceIsStillACaption()
        {
            const string line = "Volunteers carry books to the upper floor of the library on Monday. (Marrowby Press Agency)";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Equal(new[] { ("Volunteers carry books to the upper floor of the library on Monday.", (string?)"Marrowby Press Agency") }, s.Captions);
        }
    }
}
