using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Text copied from a web page often sets each paragraph on a line of its own with no blank line between; text wrapped by
    /// hand breaks its lines inside sentences at a fixed width. Invented article: its town and people exist nowhere.
    /// </summary>
    public class UnwrappedBlockTests
    {
        private const string Top = "Ferry timetable adds evening sailings\n\nBy Orla Brandt\n\n";

        private const string First = "The harbour board in Kettlewick on Tuesday backed a timetable that adds two evening sailings to the island from the spring.";
        private const string Second = "\u201CIt gives the island its evenings back,\u201D said Tom Varga, who chairs the board and has campaigned for the change since 2019.";
        private const string Third = "The second ferry returns from its refit in March, when crews will be trained for the later runs.";

        [Fact]
        public void LongLinesThatEndSentencesAreParagraphsOfTheirOwn()
        {
            var s = Structure(Top + First + "\n" + Second + "\n" + Third);

            Assert.Equal(new[] { First, Second, Third }, s.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void ASentenceBrokenAcrossLongLinesStaysOneParagraph()
        {
            const string opening = "The harbour board in Kettlewick on Tuesday backed a timetable that adds two evening sailings to the island,";
            const string rest = "a change its chair called overdue.";
            var s = Structure(Top + opening + "\n" + rest + "\n" + Third);

            Assert.Equal(new[] { opening + " " + rest, Third }, s.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void AHardWrappedParagraphStaysOneParagraph()
        {
            const string wrapped = "The harbour board backed the timetable on Tuesday.\nIt adds two evening sailings to the island.\nThe change starts in spring.";
            var s = Structure(Top + wrapped);

            Assert.Single(s.Paragraphs);
            Assert.Equal(wrapped.Replace('\n', ' '), s.Paragraphs[0].Text);
        }
        [Fact]
        public void AHeadlineOverItsStoryWithNoBlankLineIsTheHeadline()
        {
            // A page copied with single newlines: headline, a story paragraph of two sentences, no blank line anywhere.
            var opening = First + " " + Third;
            var s = Structure("Ferry timetable adds evening sailings\n" + opening + "\n" + Second);

            Assert.Equal("Ferry timetable adds evening sailings", s.Headline);
            Assert.Equal(new[] { opening, Second }, s.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void AHeadingBetweenParagraphsWithNoBlankLineIsACrosshead()
        {
            var s = Structure(Top + First + "\n" + Second + "\nCrews ready for later runs\n" + Third);

            Assert.Equal(new[] { "Crews ready for later runs" }, s.Crossheads);
            Assert.Equal(new[] { First, Second, Third }, s.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void AListOfShortLinesUnderAShortLineStaysInTheStory()
        {
            // Under a short line, short lines are a list, not paragraphs under a heading: nothing is split off or lost.
            const string list = "Harbour Prize: Orla Brandt\nIsland Award: Tom Varga\nVolunteer of the Year: Ines Kettle";
            var s = Structure(Top + First + "\n" + list + "\n" + Third);

            Assert.Empty(s.Crossheads);
            var body = string.Join(" ", s.Paragraphs.Select(p => p.Text));
            Assert.Contains("Harbour Prize: Orla Brandt", body);
            Assert.Contains("Island Award: Tom Varga", body);
            Assert.Contains("Volunteer of the Year: Ines Kettle", body);
        }

        [Theory]
        [InlineData("The board said the change would reach the")] // closes on a joiner
        [InlineData("The board said the change, which crews back,")] // closes on a comma
        [InlineData("The board chair told islanders:")] // closes on a colon
        public void AShortLineThatCannotCloseAHeadingJoinsTheLineUnderIt(string opening)
        {
            var s = Structure(Top + First + "\n" + opening + "\n" + Third);

            Assert.Empty(s.Crossheads);
            Assert.Equal(new[] { First, opening + " " + Third }, s.Paragraphs.Select(p => p.Text));
        }
    }
}
