using System;
using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 2: dates as pages print them — with times, zones and extras, on the byline, numeric and ISO,
    /// <c>Updated …</c>; relative times that give no date; wire datelines with a state, after a gallery, and
    /// place-only datelines.
    /// </summary>
    public class HeaderDateTests
    {
        private const string Headline = "Harbour board votes to close the old ferry pier\n\n";
        private const string Body = "\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\nA decision on the new pier is due in the spring, the board said.";

        [Theory]
        [InlineData("12:20pm Jan 7, 2024", 2024, 1, 7)]
        [InlineData("11:00 AM PDT \u2022 May 16, 2024", 2024, 5, 16)]
        [InlineData("April 28 2023, 3:54 p.m.", 2023, 4, 28)]
        [InlineData("June 30, 2026 - 4.34pm", 2026, 6, 30)]
        [InlineData("Sat 24 Feb 2024 12.42 CET", 2024, 2, 24)]
        [InlineData("Published Jun 05, 2026 \u2022 3 minute read", 2026, 6, 5)]
        [InlineData("Published on 30/04/2024 - 16:38", 2024, 4, 30)]
        [InlineData("Published on 06/01/2026 - 13:55 GMT+1 \u2022Updated 14:20", 2026, 1, 6)]
        [InlineData("2024-02-14T16:15:30Z", 2024, 2, 14)]
        [InlineData("2 minute read April 25, 2023 2:26 PM GMT+2 Last Updated 9 min ago", 2023, 4, 25)]
        [InlineData("Updated Mar 12, 2020 @ 10:42 am", 2020, 3, 12)]
        [InlineData("PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.", 2023, 11, 8)]
        [InlineData("August 30, 2023 1:55 am (Updated 4:30 am)", 2023, 8, 30)]
        [InlineData("Updated 2010 GMT (0410 HKT) March 14, 2021", 2021, 3, 14)]
        [InlineData("05/16/2024 09:30", 2024, 5, 16)]
        [InlineData("Posted: Mar 12, 2024 / 10:15 AM EDT", 2024, 3, 12)]
        [InlineData("Updated: Mar 12, 2024 / 11:40 AM EDT", 2024, 3, 12)]
        [InlineData("Sun 10 Mar 2024 // 09:05 UTC", 2024, 3, 10)]
        [InlineData("March 12, 2024 | Leave a comment", 2024, 3, 12)]
        [InlineData("March 12, 2024 \u00B7 No Comments", 2024, 3, 12)]
        [InlineData("Posted on March 12, 2024 by harbourdesk", 2024, 3, 12)]
        [InlineData("March 12, 2024 by nquill_88", 2024, 3, 12)]
        [InlineData("12th of March, 2024", 2024, 3, 12)]
        [InlineData("Tue, 12 Mar 2024 09:05:00 +0000", 2024, 3, 12)]
        [InlineData("Tue, 12 Mar 2024 09:05 -05:00", 2024, 3, 12)]
        [InlineData("News | March 12, 2024", 2024, 3, 12)]
        [InlineData("Local Politics \u2022 12 March 2024", 2024, 3, 12)]
        [InlineData("Tuesday 12 March 2024 10:01, UK", 2024, 3, 12)]
        public void ReadsHeaderDateLinesWithTheirExtras(string line, int year, int month, int day)
        {
            Assert.True(DatelineDetector.TryReadDateLine(line, out var date));
            Assert.Equal(new DateTime(year, month, day), date);
        }

        [Theory]
        [InlineData("News | March 12, 2024")]
        [InlineData("Local Politics \u2022 12 March 2024")]
        [InlineData("Harbour Life \u00B7 Tue, 12 Mar 2024 09:05:00 +0000")]
        public void ASectionsNameBeforeTheDateMakesADateLineInTheArticle(string line)
        {
            var s = EngineTestSupport.Structure("Harbour board votes to close the old ferry pier\n\n" + line + "\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\nA decision is due in the spring, the board said.");

            Assert.Equal(new DateTime(2024, 3, 12), s.Date);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("2024", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Chapter 3 | The harbour at night")]
        [InlineData("Harbour Gazette | 7 hours ago")]
        [InlineData("Nora Quill | 2024 report on the pier")]
        [InlineData("The board met on March 12, 2024 to vote.")]
        [InlineData("Nora Quill | March 12, 2024")]
        public void ALineThatOnlyMentionsADateIsNoDateLine(string line)
        {
            Assert.False(DatelineDetector.TryReadDateLine(line, out _));
        }

        [Theory]
        [InlineData("7 hours ago")]
        [InlineData("Last updated 15 hours ago")]
        [InlineData("6 minute read")]
        [InlineData("Reading Time: 3 mins read")]
        public void ARelativeOrReadingTimeIsFurnitureWithNoDate(string line)
        {
            Assert.Equal(DateLineKind.TimeOnly, DatelineDetector.ReadDateLine(line, out var date));
            Assert.Null(date);

            var s = Structure(Headline + "By Nora Quill\n\n" + line + Body);
            Assert.Null(s.Date);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("12/03/2024", 2024, 3, 12)]
        [InlineData("03/25/2024", 2024, 3, 25)]
        [InlineData("2024-03-12", 2024, 3, 12)]
        [InlineData("12.03.2024", 2024, 3, 12)]
        public void ReadsNumericDatesDayFirstUnlessOnlyMonthFirstIsADate(string token, int year, int month, int day)
        {
            Assert.True(Dates.TryReadNumeric(token, out var y, out var m, out var d));
            Assert.Equal((year, month, day), (y, m, d));
        }

        [Theory]
        [InlineData("13/13/2024")]
        [InlineData("3/4/24")]
        [InlineData("1.1")]
        [InlineData("2024-02-30")]
        public void RejectsNumbersThatAreNoDate(string token)
        {
            Assert.False(Dates.TryReadNumeric(token, out _, out _, out _));
        }

        [Fact]
        public void TheDateOnTheBylineIsTheArticlesDate()
        {
            var s = Structure(Headline + "By Nora Quill 30 August 2023 \u2022 4:45pm" + Body);

            Assert.Equal(new DateTime(2023, 8, 30), s.Date);
        }

        [Fact]
        public void TheFirstDateOfTheHeaderWinsOverAnUpdate()
        {
            var s = Structure(Headline + "By Nora Quill\n\nPublished 3 March 2025\n\nUpdated 5 March 2025" + Body);

            Assert.Equal(new DateTime(2025, 3, 3), s.Date);
        }

        [Fact]
        public void AWireDatelineWithAStatesAbbreviation()
        {
            var s = Structure(Headline + "By Nora Quill\n\nPORTAVON, Ore. (AP) \u2014 The harbour board met on Monday. The vote was close.\n\nA decision is due in the spring.");

            Assert.Equal(("Portavon, Ore.", "AP"), (s.Place, s.Agency));
            Assert.StartsWith("The harbour board met", s.Paragraphs[0].Text, StringComparison.Ordinal);
        }

        [Fact]
        public void AWireDatelineAfterAGalleryAndAByline()
        {
            var s = Structure(
                Headline +
                "1 of 1 |\n\nThe old ferry pier at low tide, Sunday, March 2, 2025. (AP Photo/Ines Calloway)\n\nRead More\n\n" +
                "By Nora Quill\n\nPORTAVON (AP) \u2014 The harbour board met on Monday. The vote was close.\n\nA decision is due in the spring.");

            Assert.Equal(("Portavon", "AP"), (s.Place, s.Agency));
        }

        [Theory]
        [InlineData("LOWER DUNMARROW \u2014 The harbour board met on Monday to decide the future of the old ferry pier.", "Lower Dunmarrow")]
        [InlineData("NEW PORTAVON: The harbour board met on Monday to decide the future of the old ferry pier after a long row.", "New Portavon")]
        public void APlaceOnlyDatelineOpensTheBody(string paragraph, string place)
        {
            var s = Structure(Headline + "By Nora Quill\n\n" + paragraph + "\n\nA decision is due in the spring.");

            Assert.Equal(place, s.Place);
            Assert.Null(s.Agency);
            Assert.StartsWith("The harbour board met", s.Paragraphs[0].Text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("UPDATE: The harbour board met on Monday to decide the future of the old ferry pier after a long row.")]
        [InlineData("BREAKING: The harbour board met on Monday to decide the future of the old ferry pier after a long row.")]
        [InlineData("MAYOR: I think the pier should stay.")]
        public void ALabelOrASpeakerInCapitalsIsNoPlace(string paragraph)
        {
            var s = Structure(Headline + "By Nora Quill\n\n" + paragraph + "\n\nA decision is due in the spring.");

            Assert.Null(s.Place);
            Assert.Equal(paragraph, s.Paragraphs[0].Text);
        }
    }
}
