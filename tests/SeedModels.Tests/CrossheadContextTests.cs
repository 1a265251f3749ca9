using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 4: crossheads in context — furniture and link lists are none, a heading may carry quotation
    /// marks or a number, a heading is followed by its section's prose, and questions put in an interview stay body.
    /// </summary>
    public class CrossheadContextTests
    {
        private const string Top = "Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n";
        private const string Prose = "\n\nThe board said a decision on the new pier was due in the spring. Work would start next year.";

        [Theory]
        [InlineData("Share")]
        [InlineData("Facebook Twitter Email")]
        [InlineData("Join the conversation")]
        [InlineData("Last updated 15 hours ago")]
        [InlineData("Copy Link URL Copied!")]
        [InlineData("Show more sharing options")]
        [InlineData("Read in app")]
        [InlineData("Related")]
        [InlineData("Sponsored")]
        public void FurnitureBetweenParagraphsIsNoCrosshead(string line)
        {
            var s = Structure(Top + line + Prose);

            Assert.Empty(s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void LoneShareButtonsInARowAreFurniture()
        {
            var s = Structure(Top + "Tweet\n\nFacebook\n\nMail" + Prose);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("\u2018A step too far\u2019: residents\u2019 group")]
        [InlineData("\u201CKickbacks\u201D for board members")]
        [InlineData("\u201CA Pier Worth Saving\u201D")]
        [InlineData("2. The budget option")]
        [InlineData("Who is the \u2018harbour candidate\u2019?")]
        public void HeadingsWithQuotationMarksOrNumbersAreCrossheads(string line)
        {
            var s = Structure(Top + line + Prose);

            Assert.Equal(new[] { line }, s.Crossheads);
        }

        [Fact]
        public void ANumberedHeadingKeepsItsSubheading()
        {
            var s = Structure(Top + "1. Snugwell Deluxe Double\n\nBest overall, 9/10" + Prose);

            Assert.Equal(new[] { "1. Snugwell Deluxe Double", "Best overall, 9/10" }, s.Crossheads);
        }

        [Fact]
        public void ANumberedItemOverItsFactsThenProseIsACrosshead()
        {
            var s = Structure(Top + "1. Dunmore Harbour Pod heated locker\n\nCurrently \u00A389.99, Harbour Stores\n\nBest locker overall, 9/10\n\nWe like: it dries a wetsuit overnight\n\nHolds 12kg of gear" + Prose);

            // The verdict past the price is the item's subheading (see ReviewItemTests); the other facts stay body.
            Assert.Equal(new[] { "1. Dunmore Harbour Pod heated locker", "Best locker overall, 9/10" }, s.Crossheads);
        }

        [Fact]
        public void ANumberedLineOverShortLinesWithNoProseAfterIsNoCrosshead()
        {
            var s = Structure(Top + "1. Dunmore Harbour Pod heated locker\n\nCurrently \u00A389.99, Harbour Stores\n\nHolds 12kg of gear\n\nThree year guarantee");

            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AHeadingMustBeFollowedByProse()
        {
            var s = Structure(Top + "Island businesses count the cost\n\n1997: The pier closes for the first time\n\n2004: The pier reopens after repairs" + Prose);

            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void HeadlinesOfOtherStoriesInARowAreLinksNotCrossheads()
        {
            var s = Structure(Top + "Storm closes schools across the county\n\nCouncil to review flood plans after wettest winter" + Prose);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void LinksUnderAReadMoreLabelAreFurnitureButAHeadingAfterThemIsKept()
        {
            var s = Structure(Top + "Read More\n\nPort authority warns of winter fuel shortages on the islands\n\nUnion leaders to meet state mediator next month\n\nWhat happens next" + Prose);

            Assert.Equal(new[] { "What happens next" }, s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Port authority", StringComparison.Ordinal));
        }

        [Fact]
        public void AQuestionPutToAnIntervieweeIsBody()
        {
            var s = Structure(Top + "Why did you vote to close the pier?\n\n“Because the repairs would have cost more than a new one.”" + Prose);

            Assert.Empty(s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text == "Why did you vote to close the pier?");
        }

        [Fact]
        public void AQuestionAnsweredUnderASpeakersLabelIsBody()
        {
            var s = Structure(Top + "Why did you vote to close the pier?\n\nTomas: Because the repairs would have cost more than a new one." + Prose);

            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("So where does that leave the pier?")]
        [InlineData("But nobody asked the ferry crews")]
        [InlineData("Board member Tomas Reyes says no")]
        public void ASentenceOfTheTextIsNoHeading(string line)
        {
            var s = Structure(Top + line + Prose);

            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("ES")]
        [InlineData("Tomas told the board: ''We are done.''")]
        public void AStrayAbbreviationOrAParagraphEndingInAQuotationIsNoHeading(string line)
        {
            var s = Structure(Top + line + Prose);

            Assert.Empty(s.Crossheads);
        }
    }
}
