using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 12: body shapes seen on pages from publishers in no corpus (story text taken for furniture or a
    /// caption, link lists under a heading at the page's end, captions whose credit stands apart). Every page here is
    /// invented: its town, paper and people exist nowhere.
    /// </summary>
    public class BodyRound12Tests
    {
        private const string Top = "Quarrendon hall reopens after repairs\n\nThe village hall in Quarrendon reopened on Saturday after a year of repairs to its roof and kitchen. About two hundred people came to the opening.\n\n";

        private static string Body(ArticleStructure s) => string.Join("\n", s.Paragraphs.Select(p => p.Text));

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

        // A paragraph of the story that places someone "(pictured)" only after a sentence about something else (category L).
        [Fact]
        public void AParagraphGoingOnWithAPronounIsNoCaptionForItsPictured()
        {
            const string paragraph = "They will also restore some of the money for a skate park by the river. Many skaters (pictured) spoke up for it at past council meetings.";
            var s = Structure(Top + "The council has agreed its last changes to next year's budget.\n\n" + paragraph + "\n\nThe budget will be adopted on Tuesday.");

            Assert.Contains(paragraph, Body(s));
            Assert.Empty(s.Captions);
        }

        [Fact]
        public void ACaptionPlacingSomeoneStillIsOne()
        {
            var s = Structure(Top + "The council has agreed its last changes to next year's budget.\n\nHall chair Ada Penhallow (left) with the builder, Tom Creasey.\n\nThe budget will be adopted on Tuesday.");

            Assert.Contains(s.Captions, c => c.Text.StartsWith("Hall chair Ada Penhallow"));
        }

        // A month is no picture's verb: "Between March 17 and March 22 …" narrates (category L: body text taken for a caption).
        [Theory]
        [InlineData("Between March 17 and March 22 more than 300 young hedge trees were cut down on farm land near the village.")]
        [InlineData("Since May the hall has taken bookings for twelve weddings and a dance.")]
        public void ASentenceWithAMonthIsNoPhotoDescription(string sentence)
        {
            var s = Structure(Top + "The hall was built on the old coach road in 1898, two miles from the church.\n\n" + sentence + "\n\nThe committee thanked the volunteers.");

            Assert.Contains(sentence, Body(s));
            Assert.Empty(s.Captions);
        }

        [Fact]
        public void APresentTensePhotoDescriptionStillIsACaption()
        {
            var s = Structure(Top + "The hall was built on the old coach road in 1898, two miles from the church.\n\nA volunteer sweeps the new floor before the opening.\n\nThe committee thanked the volunteers.");

            Assert.Contains(s.Captions, c => c.Text.StartsWith("A volunteer sweeps"));
        }

        private const string StoryEnd = "The hall committee thanked the volunteers who gave up their weekends.\n\nThe next dance is on the first Saturday in May.\n\n";

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

        // A caption whose credit names the paper or photographer before the picture's own word, after a dash or a bar
        // (category C: caption missed, left as a crosshead or body).
        [Theory]
        [InlineData("A volunteer paints the new door on Friday. \u2014 COURIER pic", "A volunteer paints the new door on Friday.", "COURIER")]
        [InlineData("A volunteer paints the new door on Friday | Ida Fenn photo", "A volunteer paints the new door on Friday", "Ida Fenn")]
        public void ACreditBeforeThePicturesWordIsTheCaptionsCredit(string line, string caption, string credit)
        {
            var s = Structure(Top + StoryEnd + line + "\n\nThe committee will meet again in March.");

            Assert.Contains(s.Captions, c => c.Text == caption && c.Credit == credit);
            Assert.DoesNotContain("paints", Body(s));
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AHeadingWithALowerCaseLastWordAfterADashIsNoCaption()
        {
            var s = Structure(Top + StoryEnd + "Costs rose \u2014 and who pays\n\nThe committee will meet again in March to agree the fees for next year.");

            Assert.Empty(s.Captions);
        }

        // A picture left as Markdown: the alternative text is the caption, the address nobody's; with no alternative text, furniture.
        [Fact]
        public void AMarkdownPictureIsItsAltTextsCaptionOrFurniture()
        {
            var s = Structure(Top + "![](https://example.org/img/hall-roof.jpg)\n\n" + StoryEnd + "![The repaired roof of the hall in spring](https://example.org/img/roof.jpg)\n\nThe committee will meet again in March.");

            Assert.Contains(s.Captions, c => c.Text == "The repaired roof of the hall in spring" && c.Credit == null);
            Assert.Single(s.Captions);
            Assert.DoesNotContain("example.org", Body(s));
        }

        // A picture's verb that is the subject's noun, an auxiliary after it, narrates (category L: body text taken for a caption).
        [Theory]
        [InlineData("The next dance is on the first Saturday in May.")]
        [InlineData("The protest march will start from the church at noon.")]
        public void APictureVerbBeforeAnAuxiliaryIsNoPhotoDescription(string sentence)
        {
            var s = Structure(Top + "The hall committee thanked the volunteers who gave up their weekends.\n\n" + sentence + "\n\nThe committee will meet again in March.");

            Assert.Contains(sentence, Body(s));
            Assert.Empty(s.Captions);
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
