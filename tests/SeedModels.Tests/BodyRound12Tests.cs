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
    }
}
