using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.StoryBody;
using static SeedModels.Tests.WenlowFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// Lines about the publication in and under the story leave the body: a "published online" line (which dates the
    /// story), a print-issue note or subscribe prompt, a supply note, a pin prompt, a comment rule or sponsored teaser,
    /// an email address alone; a story sentence about subscribers or a paragraph giving an address stays.
    /// </summary>
    public class PublicationAndContactLinesTests
    {
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
