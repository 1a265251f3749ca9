using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class HeadlineDetectorTests
    {
        [Theory]
        [InlineData("Lifeboat crews rescue four kayakers off the coast", true)]
        [InlineData("Is this the end of the high street?", true)]
        [InlineData("Storm warning", true)]
        [InlineData("The storm hit the coast on Monday.", false)]
        [InlineData("A line that ends with a comma,", false)]
        [InlineData("Mayor says:", false)]
        [InlineData("   ", false)]
        [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix twentyseven twentyeight twentynine thirty thirtyone", false)]
        public void LooksLikeHeadline(string line, bool expected)
        {
            Assert.Equal(expected, HeadlineDetector.LooksLikeHeadline(line));
        }

        [Theory]
        [InlineData("Politics")]
        [InlineData("Breaking News")]
        [InlineData("EXCLUSIVE")]
        [InlineData("Home > News > Local")]
        [InlineData("Home / News / Westhaven")]
        [InlineData("Local News | Westhaven")]
        [InlineData("Advertisement")]
        [InlineData("Skip to main content")]
        [InlineData("March 12, 2024")]
        public void FurnitureAboveTheHeadlineIsNeitherHeadlineNorBody(string above)
        {
            var s = Structure(above + "\n\nLifeboat crews rescue four kayakers off Westhaven\n\nThe crews were called out at dawn. All four were safe.\n\nThe coastguard thanked the volunteers.");

            Assert.Equal("Lifeboat crews rescue four kayakers off Westhaven", s.Headline);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == above || p.Text.StartsWith("Lifeboat", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Storm warning", "Gales expected across the north tonight")]
        [InlineData("Westhaven Lifeboat", "Crews rescue four kayakers")]
        public void AShortHeadlineOverALongerLineIsStillTheHeadline(string headline, string under)
        {
            var s = Structure(headline + "\n\n" + under + "\n\nThe crews were called out at dawn. All four were safe.\n\nThe coastguard thanked the volunteers.");

            Assert.Equal(headline, s.Headline);
        }

        [Fact]
        public void FirstShortLineIsTheHeadline()
        {
            var units = TextUnits("Lifeboat crews rescue four kayakers", "The crews were called out at dawn. All four were safe.");

            Assert.Equal("Lifeboat crews rescue four kayakers", HeadlineDetector.Detect(units, annotated: null));
            Assert.Equal(UnitKind.Headline, units[0].Kind);
            Assert.Equal(UnitKind.Text, units[1].Kind);
        }

        [Fact]
        public void AnnotationBeatsTheFirstLine()
        {
            var units = TextUnits("Lifeboat crews rescue four kayakers", "The crews were called out at dawn.");

            Assert.Equal("Pinned headline", HeadlineDetector.Detect(units, "Pinned headline"));
        }

        [Fact]
        public void FirstLineEndingWithAFullStopIsNoHeadline()
        {
            var units = TextUnits("The crews were called out at dawn.", "All four were safe.");

            Assert.Null(HeadlineDetector.Detect(units, annotated: null));
            Assert.Equal(UnitKind.Text, units[0].Kind);
        }

        [Theory]
        [InlineData("Harbour board backs new ferry pier.")]
        [InlineData("Council votes to keep the library open.")]
        public void AShortFirstLineWithAFullStopOverALongerParagraphIsTheHeadline(string line)
        {
            var units = TextUnits(line, "The harbour board voted on Monday to build a new ferry pier on the site of the old one. Work starts next year.");

            Assert.Equal(line, HeadlineDetector.Detect(units, annotated: null));
            Assert.Equal(UnitKind.Headline, units[0].Kind);
        }

        [Fact]
        public void AFullStopHeadlineIsMeasuredAgainstTheFirstParagraphPastTheByline()
        {
            var s = Structure("Harbour board backs new ferry pier.\n\nBy Nora Quill\n\nThe harbour board voted on Monday to build a new ferry pier on the site of the old one.");

            Assert.Equal("Harbour board backs new ferry pier.", s.Headline);
            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
        }

        [Theory]
        [InlineData("The harbour board voted on Monday to build a new ferry pier on the site of the old one, after years of argument over its cost.")]
        [InlineData("Harbour chief says pier 'not worth saving'.")]
        [InlineData("\u201CWe will rebuild the pier,\u201D the chair said.")]
        public void ALongOrQuotingFirstSentenceWithAFullStopIsNoHeadline(string line)
        {
            var units = TextUnits(line, "The harbour board voted on Monday to build a new ferry pier on the site of the old one. Work starts next year and is expected to take two years.");

            Assert.Null(HeadlineDetector.Detect(units, annotated: null));
        }

        [Fact]
        public void AFileOfOneLineHasNoHeadline()
        {
            Assert.Null(HeadlineDetector.Detect(TextUnits("Lifeboat crews rescue four kayakers"), annotated: null));
        }

        [Fact]
        public void AParagraphOfSeveralLinesIsNoHeadline()
        {
            var mapped = Paragraphs("Lifeboat crews rescue", "The crews were called out at dawn.");
            var units = new System.Collections.Generic.List<Unit> { new Unit(UnitKind.Text, mapped[0], 1, 2), new Unit(UnitKind.Text, mapped[1], 4, 1) };

            Assert.Null(HeadlineDetector.Detect(units, annotated: null));
        }

        [Fact]
        public void AFirstLineWrappedInMarkupIsTheHeadlineWithoutIt()
        {
            var units = TextUnits("&lt;p&gt;Lifeboat crews rescue four kayakers&lt;/p&gt;", "The crews were called out at dawn.");
            units[0].HasMarkup = true;

            Assert.Equal("Lifeboat crews rescue four kayakers", HeadlineDetector.Detect(units, annotated: null));
        }

        [Fact]
        public void AFirstLineOfMarkupWithACreditIsACaptionNotAHeadline()
        {
            var units = TextUnits("&lt;p&gt;Crews haul a kayak ashore&lt;/p&gt; (Getty Images)", "The crews were called out at dawn.");
            units[0].HasMarkup = true;

            Assert.Null(HeadlineDetector.Detect(units, annotated: null));
        }

        [Fact]
        public void OriginallyPublishedAsSuppliesTheHeadlineWhenTheTopHasNone()
        {
            var units = TextUnits("The crews were called out at dawn. All four were safe.", "More text follows here.", "Originally published as Lifeboat crews rescue four kayakers");
            units[2].Kind = UnitKind.Boilerplate;
            units[2].NamedHeadline = "Lifeboat crews rescue four kayakers";

            Assert.Equal("Lifeboat crews rescue four kayakers", HeadlineDetector.Detect(units, annotated: null));
        }
    }
}
