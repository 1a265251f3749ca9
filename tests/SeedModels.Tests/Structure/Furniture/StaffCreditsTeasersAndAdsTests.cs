using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.QuarrendonHallStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// Staff credits, other stories' headlines and teasers under a closing label, and player, ad and page lines leave
    /// the body; story sentences opening like a staff credit or ending with a label's words, and a heading after a link
    /// list, stay.
    /// </summary>
    public class StaffCreditsTeasersAndAdsTests
    {
        // A sentence of the story that opens the way a staff credit does (category L: body text lost).
        [Theory]
        [InlineData("Produced by the parish council and the Westmoor trust, with help from volunteers, the new guide explains how the hall can be booked and what it costs.")]
        [InlineData("Edited by two retired teachers from the village, the history of the hall runs to ninety pages and goes on sale at the post office next month.")]
        public void ASentenceOpeningLikeAStaffCreditStaysTheStorys(string sentence)
        {
            var s = Structure(Top + sentence + "\n\nThe hall committee will meet again in March.");

            Assert.Contains(sentence, Body(s));
        }

        [Theory]
        [InlineData("Produced by Tamsin Orrell and Joel Baverstock")]
        [InlineData("Edited by Ruth Calloway.")]
        public void AStaffCreditStillLeaves(string credit)
        {
            var s = Structure(Top + "The hall committee will meet again in March.\n\n" + credit);

            Assert.DoesNotContain(credit, Body(s));
        }

        // Other stories' headlines with their teasers under a link-list label, to the page's end (category F: furniture in the body).
        [Theory]
        [InlineData("Latest Stories")]
        [InlineData("Westmoor Courier Top Stories")]
        [InlineData("Westmoor Latest News, Westmoor Headlines")]
        public void HeadlinesAndTeasersUnderAClosingLabelLeave(string label)
        {
            var s = Structure(Top + StoryEnd + label + "\n\n2 hours ago in Sport\n\nAshcombe rowers win the county cup\n\nThe crew beat six others on a windy morning at the reservoir.\n\n5 hours ago in Business\n\nCannery to close its Quarrendon plant?\n\nThe owners say the plant has lost money for three years running.");

            var body = Body(s);
            Assert.Contains("The next dance is on the first Saturday in May.", body);
            Assert.DoesNotContain("rowers", body);
            Assert.DoesNotContain("windy morning", body);
            Assert.DoesNotContain("lost money", body);
            Assert.Empty(s.Crossheads);
        }

        // A heading of the story after a link list, over its last paragraph, is no teaser (category L: body text lost).
        [Theory]
        [InlineData("\n\nTags\n\nQuarrendon")]
        [InlineData("")]
        public void AHeadingAndParagraphAfterALinkListStayTheStorys(string after)
        {
            var s = Structure(Top + StoryEnd + "Related stories\n\nAshcombe rowers win the county cup\n\nCannery to close its Quarrendon plant\n\nWhat happens next\n\nThe committee will choose a builder for the car park in June." + after);

            Assert.Contains("The committee will choose a builder for the car park in June.", Body(s));
            Assert.Contains("What happens next", s.Crossheads);
        }

        // A name before a label is only a label on its own short line: a sentence that ends so is the story's.
        [Fact]
        public void ASentenceEndingWithTheLabelsWordsStaysTheStorys()
        {
            const string sentence = "The parish newsletter carried the story under its top stories.";
            var s = Structure(Top + sentence + "\n\n" + StoryEnd);

            Assert.Contains(sentence, Body(s));
        }

        // Player, ad and page-generator lines between or under the paragraphs (category F: furniture in the body).
        [Theory]
        [InlineData("Hide Ad\nHide Ad")]
        [InlineData("Watch more of our videos on Harbour TV")]
        [InlineData("Page generated in 0.2113 seconds.")]
        [InlineData("Original source can be found here.")]
        public void PlayerAdAndPageLinesLeave(string furniture)
        {
            var s = Structure(Top + "The hall committee thanked the volunteers who gave up their weekends.\n\n" + furniture + "\n\n" + StoryEnd);

            Assert.DoesNotContain(furniture.Split('\n')[0], Body(s));
            Assert.Contains("The next dance is on the first Saturday in May.", Body(s));
        }
    }
}
