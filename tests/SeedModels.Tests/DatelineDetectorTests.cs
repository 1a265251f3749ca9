using System;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class DatelineDetectorTests
    {
        [Theory]
        [InlineData("WASHINGTON (Reuters) - The Senate voted on Monday.", "Washington", "Reuters")]
        [InlineData("OSLO (AFP) \u2014 Norway will build a bridge.", "Oslo", "AFP")]
        [InlineData("NEW YORK (AP) \u2013 Stocks fell sharply.", "New York", "AP")]
        [InlineData("PARIS - The museum reopened on Monday.", "Paris", null)]
        [InlineData("Paris (Reuters) - The museum reopened on Monday.", "Paris", "Reuters")]
        [InlineData("PORTAVON, England \u2014 The harbour board met on Monday.", "Portavon, England", null)]
        [InlineData("SAN ISIDRO, Kestrel, Veldrania \u2014 The harbour board met on Monday.", "San Isidro, Kestrel, Veldrania", null)]
        [InlineData("PORTAVON, West Kestrel (AP) \u2014 The harbour board met on Monday.", "Portavon, West Kestrel", "AP")]
        [InlineData("(Reuters) - The harbour board met on Monday.", null, "Reuters")]
        public void ReadsWirePrefixesWithoutADate(string text, string? place, string? agency)
        {
            var cut = DatelineDetector.TryReadWirePrefix(text, out var readPlace, out var readAgency, out var month, out var day, out var year);

            Assert.Equal(place, readPlace);
            Assert.Equal(agency, readAgency);
            Assert.Equal((0, 0, 0), (month, day, year));
            Assert.True(cut > 0);
            Assert.True(char.IsUpper(text[cut]), "the cut leaves the sentence: " + text.Substring(cut));
        }

        [Fact]
        public void ReadsAWirePrefixWithADayAndMonth()
        {
            const string text = "LONDON, Jan 7 (AP) \u2014 Parliament was recalled.";
            var cut = DatelineDetector.TryReadWirePrefix(text, out var place, out var agency, out var month, out var day, out var year);

            Assert.Equal(("London", "AP"), (place, agency));
            Assert.Equal((1, 7, 0), (month, day, year));
            Assert.Equal("Parliament was recalled.", text.Substring(cut));
        }

        [Theory]
        [InlineData("PORTAVON, Kestrel, March 4 (AP) \u2014 Parliament was recalled.", "Portavon, Kestrel", "AP")]
        [InlineData("PORTAVON, March 4 (IANS) Parliament was recalled.", "Portavon", "IANS")]
        [InlineData("PORTAVON, March 4 (KPN): Parliament was recalled.", "Portavon", "KPN")]
        [InlineData("Portavon, March 4 (IANS) Parliament was recalled.", "Portavon", "IANS")]
        [InlineData("Port Alder, March 4 (PTI): Parliament was recalled.", "Port Alder", "PTI")]
        [InlineData("Port Alder, March 4 (KWN) Parliament was recalled.", "Port Alder", "KWN")]
        [InlineData("Portavon, March 4, GNA \u2013 Parliament was recalled.", "Portavon", "GNA")]
        [InlineData("PORTAVON, March 4, AFP \u2014 Parliament was recalled.", "Portavon", "AFP")]
        [InlineData("PORTAVON, March 4: Parliament was recalled by the speaker on Monday after the harbour board had voted to close the pier.", "Portavon", null)]
        public void ReadsAWireLineWithARegionOrWithoutItsDash(string text, string place, string? agency)
        {
            var cut = DatelineDetector.TryReadWirePrefix(text, out var readPlace, out var readAgency, out var month, out var day, out _);

            Assert.Equal((place, agency), (readPlace, readAgency));
            Assert.Equal((3, 4), (month, day));
            Assert.StartsWith("Parliament was recalled", text.Substring(cut), StringComparison.Ordinal);
        }

        [Fact]
        public void ATownInTitleCaseWithADateAndAnUnknownNameInBracketsIsNoWireLine()
        {
            // Only a wire the lexicon knows closes a dated line whose town is in title case with no dash after it.
            var cut = DatelineDetector.TryReadWirePrefix("Portavon, March 4 (Kestrel Post) Parliament was recalled.", out _, out _, out _, out _, out _);

            Assert.Equal(0, cut);
        }

        [Fact]
        public void ReadsAWirePrefixWithAFullDate()
        {
            const string text = "BERLIN, Jan. 7, 2021 (Reuters) - Talks resumed.";
            var cut = DatelineDetector.TryReadWirePrefix(text, out var place, out var agency, out var month, out var day, out var year);

            Assert.Equal(("Berlin", "Reuters"), (place, agency));
            Assert.Equal((1, 7, 2021), (month, day, year));
            Assert.Equal("Talks resumed.", text.Substring(cut));
        }

        [Theory]
        [InlineData("The storm hit the coast - and kept going.")]
        [InlineData("Paris - the city of light - is busy.")]
        [InlineData("BREAKING NEWS: the vote has passed.")]
        [InlineData("Officials in the capital (Reuters) - said nothing.")]
        [InlineData("Shares fell 4 per cent on Thursday.")]
        [InlineData("Portavon, England is a small town - and a busy one.")]
        [InlineData("(Jane Roe) - a note from the editor.")]
        public void RejectsTextWithoutAWirePrefix(string text)
        {
            Assert.Equal(0, DatelineDetector.TryReadWirePrefix(text, out var place, out var agency, out _, out _, out _));
            Assert.Null(place);
            Assert.Null(agency);
        }

        [Theory]
        [InlineData("Published 7 January 2021", 2021, 1, 7)]
        [InlineData("January 7, 2021", 2021, 1, 7)]
        [InlineData("Published on Tuesday 14 March 2022", 2022, 3, 14)]
        [InlineData("Updated: 28 September 2023 10.42am BST", 2023, 9, 28)]
        [InlineData("Sept 28, 2023", 2023, 9, 28)]
        [InlineData("Thursday, 7th January 2021", 2021, 1, 7)]
        [InlineData("  Date: Jan. 7, 2021 10:42 GMT ", 2021, 1, 7)]
        [InlineData("21st March 2020", 2020, 3, 21)]
        public void ReadsDateLines(string line, int year, int month, int day)
        {
            Assert.True(DatelineDetector.TryReadDateLine(line, out var date));
            Assert.Equal(new DateTime(year, month, day), date);
        }

        [Fact]
        public void ADateLineWithoutAYearHasNoDate()
        {
            Assert.True(DatelineDetector.TryReadDateLine("Published 7 January", out var date));
            Assert.Null(date);
        }

        [Theory]
        [InlineData("January 7, 2021 was a dark day for democracy")]
        [InlineData("Published by the council on its website")]
        [InlineData("7 people were hurt")]
        [InlineData("March on Washington")]
        [InlineData("Jane Doe")]
        [InlineData("(7 January 2021)")]
        [InlineData("Today, January 7, 2021")]
        [InlineData("Published: the council, 7 January 2021")]
        public void RejectsLinesThatAreNotDateLines(string line)
        {
            Assert.False(DatelineDetector.TryReadDateLine(line, out var date));
            Assert.Null(date);
        }

        [Fact]
        public void StructureCutsAWirePrefixUnderAByline()
        {
            var s = Structure("Canada bans plastic forks\n\nBy Tomasz Nowak\n\nOTTAWA (Reuters) - Canada will ban plastic forks in its offices, the ministry said.\n\nThe ban starts in July.");

            Assert.Equal(("Ottawa", "Reuters"), (s.Place, s.Agency));
            Assert.Null(s.Date);
            Assert.StartsWith("Canada will ban plastic forks", s.Paragraphs[0].Text, StringComparison.Ordinal);
        }

        [Fact]
        public void StructureReadsADateLineUnderTheHeadline()
        {
            var s = Structure("Rail fares to rise in spring\n\nPublished 14 March 2022\n\nFares will rise by five per cent. The rise starts in May.\n\nUnions objected.");

            Assert.Equal(new DateTime(2022, 3, 14), s.Date);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Published", StringComparison.Ordinal));
        }

        [Fact]
        public void DateAnnotationBeatsTheDateInTheText()
        {
            var s = Structure("---\ndate: 2020-02-02\n---\nRail fares to rise\n\nPublished 14 March 2022\n\nFares will rise. The rise starts in May.");

            Assert.Equal(new DateTime(2020, 2, 2), s.Date);
        }
    }
}
