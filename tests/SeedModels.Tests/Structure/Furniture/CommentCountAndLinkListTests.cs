using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.PortVeldraFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// A comment count with the few lines under it, a link list's label ending with a colon and controls between the
    /// paragraphs leave the body; a comment count in the header closes nothing and a list under a story sentence ending
    /// with a colon stays.
    /// </summary>
    public class CommentCountAndLinkListTests
    {
        [Theory]
        [InlineData("The new crew leaders are as follows:")]
        [InlineData("Those appointed to the board include:")]
        [InlineData("The three routes that gain sailings were:")]
        public void AListUnderASentenceEndingWithAColonStaysTheStorys(string introducer)
        {
            var s = Structure(Top + Middle + "\n\n" + introducer + "\n\nNorth route \u2013 Captain Ilse Marrow\n\nSouth route \u2013 Captain Teo Brand\n\nCOMMENTS");

            Assert.Contains(s.Paragraphs, p => p.Text == introducer);
            Assert.Contains(s.Paragraphs, p => p.Text == "North route \u2013 Captain Ilse Marrow");
            Assert.Contains(s.Paragraphs, p => p.Text == "South route \u2013 Captain Teo Brand");
        }

        [Fact]
        public void ALinkListLabelEndingWithAColonStillLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nMore from the harbour desk:\n\nSenn ferry fares to rise\n\nPier repairs delayed again");

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Pier repairs", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("(0) comments\n\nWelcome to the discussion.\n\nKeep it civil. Please avoid insults and personal attacks.")]
        [InlineData("3 comments\n\nWelcome to the discussion.\n\nBe kind. Stay on topic and do not post links to other sites.\n\nPost a comment as guest")]
        public void AFewUnitsUnderACommentCountAreTheCommentSection(string section)
        {
            var s = Structure(Top + Middle + End + "\n\nMira Castell can be reached at 555-0147 or\n\n" + section);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("discussion") || p.Text.Contains("Please") || p.Text.Contains("comment") || p.Text.Contains("reached"));
        }

        [Fact]
        public void ACommentCountInTheHeaderClosesNothing()
        {
            var s = Structure("Port Veldra adds evening ferries to Senn\n\nBy Mira Castell\n\n12 comments\n\n" + Top.Substring(Top.IndexOf("The Port", StringComparison.Ordinal)) + Middle + End);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The new timetable", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("View 12 comments")]
        [InlineData("\u00D7")]
        [InlineData("harbour_ferry_2024(2).jpg")]
        [InlineData("091216_main.JPG")]
        [InlineData("No comments:")]
        [InlineData("CATEGORIZED UNDER: ferries, harbour board")]
        [InlineData("PODCAST: Why the island ferries keep running late")]
        public void FurnitureBetweenParagraphsLeavesTheBody(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
        }
    }
}
