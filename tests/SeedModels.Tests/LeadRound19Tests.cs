using System;
using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// What magazines and small sites republishing others' stories set around an article: an online publication date, a note
    /// that the piece is in the print issue or was supplied by someone else, a prompt to subscribe or to pin the page. Invented
    /// pages: their towns, titles and people exist nowhere.
    /// </summary>
    public class LeadRound19Tests
    {
        private const string Top = "The ferry that outlived its harbour\n\nBy Maren Oyelaran\n\n";

        private const string Lead = "The last ferry across the Wenlow estuary made its final crossing on Sunday, forty years after the harbour it served closed to cargo.";

        private const string Second = "The crew will stay on to maintain the slipway until the county decides what to do with it.";

        private static string Body(ArticleStructure s) => string.Join("\n", s.Paragraphs.Select(p => p.Text));

        [Fact]
        public void APublishedOnlineLineDatesTheStoryAndLeavesTheBody()
        {
            var s = Structure("The ferry that outlived its harbour\n\nWords by Maren Oyelaran\n\nPublished online 9 May 2025\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new DateTime(2025, 5, 9), s.Date);
            Assert.DoesNotContain("Published online", Body(s));
            Assert.DoesNotContain("Published online 9 May 2025", s.Crossheads);
        }

        [Theory]
        [InlineData("This article appears in the winter 2025 issue of Estuary Quarterly.")]
        [InlineData("This story appears in the May edition of the Wenlow Review. Subscribe to get every issue delivered.")]
        [InlineData("Subscribe to get every issue delivered.")]
        public void APrintIssueNoteOrASubscribePromptLeavesTheBody(string note)
        {
            var s = Structure(Top + Lead + "\n\n" + Second + "\n\n" + note);

            Assert.DoesNotContain(note, Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AStorySentenceAboutSubscribersStays()
        {
            const string Subscribers = "Subscribers to the ferry's season ticket will get a refund, the council said.";
            var s = Structure(Top + Lead + "\n\n" + Subscribers + "\n\n" + Second);

            Assert.Contains(Subscribers, Body(s));
        }

        [Theory]
        [InlineData("This story was supplied by the Tidewater News Agency and has not been edited by our staff.")]
        [InlineData("This article was provided by our partners at the Wenlow Review.")]
        public void ASupplyNoteLeavesTheBody(string note)
        {
            var s = Structure(Top + Lead + "\n\n" + Second + "\n\n" + note);

            Assert.DoesNotContain("has not been edited", Body(s));
            Assert.DoesNotContain("provided by our partners", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Theory]
        [InlineData("Pin it for later!")]
        [InlineData("Pin this for later")]
        public void APinPromptLeavesTheBody(string prompt)
        {
            var s = Structure(Top + Lead + "\n\n" + prompt + "\n\n" + Second);

            Assert.DoesNotContain("Pin ", Body(s));
            Assert.Contains(Lead, Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AReviewsCriticSignsWithReviewedBy()
        {
            var s = Structure("Stage / Theatre\n\nHigh Tide review: a lighthouse comedy that earns its storm\n\n\u2605\u2605\u2605\u2606\u2606\n\nReviewed by Ilse Marchbank\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new[] { "Ilse Marchbank" }, s.Authors);
            Assert.DoesNotContain("Reviewed by", Body(s));
        }

        [Fact]
        public void AReviewerOfAnArticleThatIsNoReviewIsNoAuthor()
        {
            var s = Structure("Ferry crews to get new lifejackets\n\nReviewed by Ilse Marchbank\n\n" + Lead + "\n\n" + Second);

            Assert.Empty(s.Authors);
            Assert.DoesNotContain("Reviewed by", Body(s));
        }

        [Theory]
        [InlineData("Commenting is limited to subscribers.")]
        [InlineData("Comments have been closed on this article.")]
        [InlineData("SPONSORED: Cut your fuel bill by a fifth with live route planning")]
        [InlineData("Sponsored: Five ways to keep a ferry fleet afloat")]
        public void ACommentRuleOrASponsoredTeaserLeavesTheBody(string line)
        {
            var s = Structure(Top + Lead + "\n\n" + line + "\n\n" + Second);

            Assert.DoesNotContain(line, Body(s));
            Assert.Contains(Lead, Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Theory]
        [InlineData("By MAREN OYELARAN Sentinel Staff Writer")]
        [InlineData("MAREN OYELARAN Sentinel Staff Writer")]
        [InlineData("By MAREN OYELARAN Times-Dispatch Staff Writer")]
        public void ANameInCapitalsEndsWhereTheCapitalsDoBeforeThePaperAndTheJob(string line)
        {
            // The engine gave "MAREN OYELARAN Sentinel Staff Writer" as the author (a byline never holds a job), or no byline.
            var s = Structure("The ferry that outlived its harbour\n\n" + line + "\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new[] { "Maren Oyelaran" }, s.Authors);
            Assert.DoesNotContain("Staff Writer", Body(s));
        }

        [Fact]
        public void ANameInCapitalsKeepsAScotsOrIrishSurname()
        {
            var s = Structure("The ferry that outlived its harbour\n\nBy JOHN PAUL McDONALD\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Single(s.Authors);
            Assert.EndsWith("McDonald", s.Authors[0], System.StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData("Court reporter Maren Oyelaran")]
        [InlineData("Senior Court Reporter Maren Oyelaran")]
        [InlineData("Transport correspondent Maren Oyelaran")]
        public void ANewsroomJobBeforeTheNameIsABylineWithoutALabel(string line)
        {
            var s = Structure("The ferry that outlived its harbour\n\n" + line + "\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new[] { "Maren Oyelaran" }, s.Authors);
            Assert.DoesNotContain("Oyelaran", Body(s));
        }

        [Theory]
        [InlineData("Mayor Maren Oyelaran")]
        [InlineData("Photographer Maren Oyelaran")]
        public void AnOfficialOrAPhotographerNamedUnderTheHeadlineIsNoAuthor(string line)
        {
            var s = Structure("The ferry that outlived its harbour\n\n" + line + "\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Empty(s.Authors);
        }

        [Theory]
        [InlineData("moyelaran@wenlowsentinel.com")]
        [InlineData("Maren.Oyelaran@wenlow-review.co.uk")]
        public void AnEmailAddressAloneUnderTheStoryLeavesTheBody(string address)
        {
            var s = Structure(Top + Lead + "\n\n" + Second + "\n\n" + address + "\n\nMaren Oyelaran covers transport for the Sentinel.");

            Assert.DoesNotContain("@", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AParagraphGivingAnAddressStays()
        {
            const string Contact = "Anyone who saw the ferry that night can write to appeal@wenlow.example.org with what they saw.";
            var s = Structure(Top + Lead + "\n\n" + Contact + "\n\n" + Second);

            Assert.Contains(Contact, Body(s));
        }
    }
}
