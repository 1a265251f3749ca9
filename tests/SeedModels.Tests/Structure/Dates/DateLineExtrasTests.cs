using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Date lines carrying more than the date (a reading time glued to it, an icon's name, the source before a dash, an
    /// empty byline label, a magazine's issue): the date is still read and the line leaves the body, while a sentence
    /// with a dash is no date line.
    /// </summary>
    public class DateLineExtrasTests
    {
        // --- A blog's reading time glued to its date, and the blog's name under the author. ---
        [Theory]
        [InlineData("Ailbe Morrow\n4 min readApr 21, 2023")]
        [InlineData("Ailbe Morrow\nThe Westhaven Blog\n4 min readApr 21, 2023")]
        [InlineData("Ailbe Morrow\nThe Westhaven Blog\n12 min read · Apr 21, 2023")]
        [InlineData("April 21, 2023 · 7 min · 1382 words · Ailbe Morrow")]
        public void AReadingTimeGluedToTheDateStillDatesThePage(string meta)
        {
            var s = Structure(Headline + "\n\n" + meta + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2023, 4, 21), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A blog's category row, its label and the category before a bar, then the day. ---
        [Theory]
        [InlineData("Posted in Parish News | 22 November 2026")]
        [InlineData("Posted in Parish News · 22 November 2026")]
        [InlineData("Filed under Parish News | 22 November 2026")]
        public void ACategoryRowBeforeTheDayDatesThePage(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new DateTime(2026, 11, 22), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- An icon's name (a web font's ligature) copied as a word before the reading time or the date. ---
        [Theory]
        [InlineData("Thu., Mar. 6, 2025 | timer 4 min. read")]
        [InlineData("schedule 4 min read · Mar 6, 2025")]
        [InlineData("calendar Mar 6, 2025 | schedule 4 min read")]
        public void AnIconsNameBeforeTheDateOrReadingTimeLeavesTheDateLineRead(string line)
        {
            var s = Structure(Headline + "\n\nOrla Penhallow\nStaff Reporter\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(new System.DateTime(2025, 3, 6), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnIconWordInTheStoryIsStillTheStorys()
        {
            var s = Structure(Headline + "\n\nBy Orla Penhallow" + Body + "\n\nThe new timer 3 minutes long was fitted at the slipway.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The new timer"));
        }

        // --- A magazine's issue and reading time on the line under the byline. ---
        [Theory]
        [InlineData("March 2025 issue · 6 min read")]
        [InlineData("Spring 2025 edition | 6 min read")]
        public void AMagazinesIssueLineIsNoCrossheadNorBody(string line)
        {
            var s = Structure(Headline + "\n\nWords by Orla Penhallow\nPhotographs by Tadhg Merrion\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- Date lines: the source's name before a dash, a byline's label left empty after the date. ---
        [Theory]
        [InlineData("Westhaven Courier - Tue, 14/07/2026 - 08:30", 2026, 7, 14)]
        [InlineData("HarbourWire \u2013 March 4, 2026", 2026, 3, 4)]
        [InlineData("Monday, 02 February 2026 01:45 Written by", 2026, 2, 2)]
        [InlineData("March 4, 2026 Posted by", 2026, 3, 4)]
        [InlineData("4 March 2026 by", 2026, 3, 4)]
        public void ADateLineWithItsSourceOrAnEmptyLabelDatesTheStory(string line, int year, int month, int day)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new DateTime(year, month, day), s.Date);
            Assert.Empty(s.Authors);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ANameBeforeADashAndTheDateIsStillTheByline()
        {
            var s = Structure(Headline + "\n\nOrla Brannigan - March 4, 2026" + Body);

            Assert.Equal(new[] { "Orla Brannigan" }, s.Authors);
            Assert.Equal(new DateTime(2026, 3, 4), s.Date);
        }

        [Fact]
        public void ASentenceWithADashIsNoDateLine()
        {
            var s = Structure(Headline + "\n\nThe ferry - the oldest on the coast - sailed again on March 4, 2026." + Body);

            Assert.Null(s.Date);
        }

        // --- A section's name in sentence case, and a blog platform's publication, before the date. ---
        [Theory]
        [InlineData("Media release | 2 April 2025")]
        [InlineData("Published in Harbour Notes \u00B7 7 min read \u00B7 Apr 2, 2025")]
        public void ASectionOrPublicationBeforeABarStillDatesThePage(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new DateTime(2025, 4, 2), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A blog's category after the date, and a press release's town and day. ---
        [Theory]
        [InlineData("Posted on 2 April 2025 in Council decisions")]
        [InlineData("Westhaven, 2 April 2025")]
        [InlineData("Port Alder, April 2, 2025")]
        public void ACategoryAfterTheDateOrATownBeforeItStillDatesThePage(string line)
        {
            // A longer story: a short one's last lines reach up to the header, where a footer's dated sentence is read too.
            var s = Structure(Headline + "\n\n" + line + Body + string.Concat(Enumerable.Range(1, 8).Select(n => "\n\nThe board will meet again in week " + n + " to review the timetable.")));

            Assert.Equal(new DateTime(2025, 4, 2), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ATownAndAYearAloneDateNothing()
        {
            var s = Structure(Headline + "\n\nWesthaven, 2025" + Body);

            Assert.Null(s.Date);
        }

        [Theory]
        [InlineData("Club News \u00B7 Sunday, 2 April 2025 \u00B7 Words: Club media team \u00B7 Photos: Ivo Penrake")]
        [InlineData("2 April 2025 | Words: Ivo Penrake | Photos: Marta Quell")]
        public void AMetaRowClosingWithItsWritersAndPhotographersCreditsDatesThePageAndCaptionsNothing(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new DateTime(2025, 4, 2), s.Date);
            Assert.Empty(s.Captions);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Hana Rewiti, Westhaven reporter\n\n2 hours ago Share this", null)]
        [InlineData("By Hana Rewiti\n\nNov 27, 2026 Share Tweet", 2026)]
        public void ShareButtonsClosingTheDateLineLeaveTheBody(string header, int? year)
        {
            var s = Structure(Headline + "\n\n" + header + Body);

            Assert.Equal(new[] { "Hana Rewiti" }, s.Authors);
            Assert.Equal(year == null ? null : new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Hana Rewiti Published November 27, 2026 Updated about 3 hours ago")]
        [InlineData("By Hana Rewiti | November 27, 2026 | Updated nearly an hour ago")]
        public void AHedgedRelativeTimeAfterTheDateClosesTheBylineRow(string line)
        {
            // "about" before the count was no date word, so the row was read as the standfirst.
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Hana Rewiti" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Null(s.Standfirst);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Monday, 4th March 2024, 10:15 PKT")]
        [InlineData("Last Updated: 4 March 2024, 09:12 GST")]
        [InlineData("March 04, 2024 | Updated 14:35 hrs IST")]
        [InlineData("10:15 hrs, 4 March 2024")]
        [InlineData("Date: 04/03/2024 10:15hrs")]
        public void MoreTimeZonesAndTheHoursWordAfterAClockDateTheStory(string line)
        {
            var s = Structure(Headline + "\n\nBy Hana Rewiti\n\n" + line + Body);

            Assert.Equal(new DateTime(2024, 3, 4), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A newsletter's or magazine's issue before or after the date, alone or after its name. ---
        [Theory]
        [InlineData("The Kestrel Bell \u00B7 Vol. 41, No. 3 \u00B7 Sunday 3rd March, 2024")]
        [InlineData("Vol. 41, No. 3 | Sunday 3rd March, 2024")]
        [InlineData("Issue 212 \u00B7 3 March 2024")]
        [InlineData("3 March 2024 \u00B7 Issue 212")]
        [InlineData("Sunday 3rd March, 2024 | Vol. 41, No. 3")]
        public void AnIssuesNumbersBeforeOrAfterTheDateLeaveTheDateLineRead(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
