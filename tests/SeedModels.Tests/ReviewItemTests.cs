using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 4 (round 5): a buying guide's numbered items — the item's heading, its verdict (<c>Best value
    /// locker, 9/10</c>, <c>Best for small flats</c>) under it or past its price, then facts and prose. The heading and the
    /// verdict are crossheads; the facts under them are the item's, never the next heading.
    /// </summary>
    public class ReviewItemTests
    {
        private const string Top = "The best heated lockers for a wet winter, tested\n\nBy Nora Quill\n\n" +
                                   "A heated locker dries boots and coats overnight. I tried six in a draughty boathouse.\n\n";

        private const string Prose = "\n\nIt dried a wetsuit in four hours. The door seals well and the fan is quiet.";

        [Theory]
        [InlineData("Best value locker, 9/10")]
        [InlineData("Best for small boathouses")]
        [InlineData("Most stylish locker")]
        [InlineData("Sturdy and roomy, 8/10")]
        public void AVerdictPastThePriceIsTheItemsSubheading(string verdict)
        {
            var s = Structure(Top + "2. Portavon Drying Pod\n\n\u00A379.99, Harbour Stores\n\n" + verdict + "\n\nWe like: it is quiet\n\nHolds 10kg of gear" + Prose);

            Assert.Equal(new[] { "2. Portavon Drying Pod", verdict }, s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text == "Holds 10kg of gear");
        }

        [Fact]
        public void APlainFactUnderThePriceIsNoSubheading()
        {
            var s = Structure(Top + "2. Portavon Drying Pod\n\n\u00A379.99, Harbour Stores\n\nHolds 10kg of gear\n\nTwo year warranty" + Prose);

            Assert.Equal(new[] { "2. Portavon Drying Pod" }, s.Crossheads);
        }

        [Fact]
        public void AVerdictFurtherDownTheFactsIsAFact()
        {
            var s = Structure(Top + "2. Portavon Drying Pod\n\n\u00A379.99, Harbour Stores\n\nHolds 10kg of gear\n\nBest for small boathouses" + Prose);

            Assert.Equal(new[] { "2. Portavon Drying Pod" }, s.Crossheads);
        }

        [Fact]
        public void TheLastFactBeforeTheProseIsNoHeading()
        {
            // Without the numbered heading over them the last fact ("Holds 5kg …") would read as a heading over the prose.
            var s = Structure(Top + "5. Quill Ladder Airer\n\n\u00A340, Dockside\n\nBest ladder airer\n\nWe like: the low running cost\n\nDraws 90W (about 3p an hour)\n\nHolds 5kg of towels" + Prose);

            Assert.Equal(new[] { "5. Quill Ladder Airer", "Best ladder airer" }, s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text == "Holds 5kg of towels");
        }

        [Fact]
        public void AnFaqHeadingOverItsQuestionsKeepsBoth()
        {
            var s = Structure(Top + "Heated locker FAQ\n\nHow hot do heated lockers get?\n\nAround 50C. A cover keeps the heat in.\n\n" +
                              "Can you leave one on overnight?" + Prose);

            Assert.Equal(new[] { "Heated locker FAQ", "How hot do heated lockers get?", "Can you leave one on overnight?" }, s.Crossheads);
        }
    }
}
