using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 11: header fields as pages from publishers no corpus holds print them (regional papers, wire copy
    /// reposted by blogs and aggregators, science magazines, government and company news), written here as invented pages
    /// (invented names, places and publications). A wrong author is worse than none: a portrait's caption, a picture's credit
    /// and an employer after a comma are no authors.
    /// </summary>
    public class HeaderRound11Tests
    {
        // --- A portrait's caption over the labelled byline: the byline is the labelled one. ---

        [Theory]
        [InlineData("Mr. Tomas Brennick, Westhaven Online Editor", "By Ailbe Morrow", "Ailbe Morrow")]
        [InlineData("Harbourmaster Ines Valcourt", "By Ailbe Morrow", "Ailbe Morrow")]
        [InlineData("Tomas Brennick, Harbour Board Chair", "Written by Ailbe Morrow and Rhys Abernethy", "Ailbe Morrow, Rhys Abernethy")]
        public void ANameLineOverALabelledBylineIsNoAuthor(string portrait, string byline, string authors)
        {
            var s = Structure(Headline + "\n\nFebruary 16, 2026\n\n" + portrait + "\n\n" + byline + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
            Assert.Equal(new DateTime(2026, 2, 16), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ANameLineAloneIsStillTheByline()
        {
            // The same line with no labelled byline under it is the byline, as before.
            var s = Structure(Headline + "\n\nFebruary 16, 2026\n\nTomas Brennick, Political Editor" + Body);

            Assert.Equal(new[] { "Tomas Brennick" }, s.Authors);
        }

        [Fact]
        public void ANameAndRolePrintedTwiceIsAPicturesTextNotTheByline()
        {
            // The picture's alternative text and its caption, both copied: the same "Name, role" line twice.
            var caption = "Mr. Tomas Brennick, Westhaven Online Editor";
            var s = Structure(Headline + "\n\n" + caption + "\n\n" + caption + Body);

            Assert.Empty(s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ABareNamePrintedAgainUnderTheStoryIsStillTheAuthor()
        {
            // The author's box under the story repeats her name alone: she is still the author.
            var s = Structure(Headline + "\n\nOrla Brannigan" + Body + "\n\nOrla Brannigan\n\nOrla Brannigan covers the harbour for the Westhaven Courier.");

            Assert.Equal(new[] { "Orla Brannigan" }, s.Authors);
        }

        // --- After a person and a comma: her title and employer, not a second author. ---

        [Theory]
        [InlineData("By Tomas Brennick, Westhaven Online Editor", "Tomas Brennick")]
        [InlineData("By Orla Fenwick, Kestrel Heritage Trust", "Orla Fenwick")]
        [InlineData("Orla Fenwick, Dunmore Maritime Institute", "Orla Fenwick")]
        [InlineData("By Orla Fenwick, Maria Castellan", "Orla Fenwick, Maria Castellan")]
        public void CapitalisedWordsAfterACommaWithAJobOrAnOrganisationAreNoSecondAuthor(string line, string authors)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nApril 6, 2026" + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
        }

        // --- A credit's label alone on its line over the picture's credit. ---

        [Theory]
        [InlineData("Image:")]
        [InlineData("Photo:")]
        [InlineData("Credit:")]
        public void ANameUnderABareCreditLabelIsThePicturesCredit(string label)
        {
            var dek = "Three volunteers tell how the ferry was kept afloat through the winter";
            var s = Structure(Headline + "\n\n" + dek + "\n\n" + label + "\n\nOrla Fenwick, Kestrel Museum, University of Dunmore" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(dek, s.Standfirst?.Text.Trim());
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Orla Fenwick"));
        }

        // --- The template's widgets and buttons over the headline. ---

        [Theory]
        [InlineData("| 11.4°C Westhaven")]
        [InlineData("[Valid Feed 2.0]")]
        [InlineData("Skip to main content\nx")]
        [InlineData("Skip to main content\n\u00D7")]
        [InlineData("48 °F Kestrel Point")]
        public void AWidgetsLineOverTheHeadlineIsFurniture(string widget)
        {
            var s = Structure(widget + "\n\n" + Headline + "\n\nBy Orla Brannigan" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Brannigan" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AHeadlineInSquareBracketsAloneIsStillTheHeadline()
        {
            // With no longer headline-shaped line under it, the first line stays the headline.
            var s = Structure("[Updated] Ferry timetable" + Body);

            Assert.Equal("[Updated] Ferry timetable", s.Headline);
        }

        [Fact]
        public void ABreadcrumbGluedToTheHeadlineIsFurniture()
        {
            // "Home Travel" lost its marks in the copy and runs into the headline, which the page prints again under it.
            var s = Structure("Home Travel" + Headline + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AHeadlineEndingInTheNextLinesWordsIsNotABreadcrumbUnlessItsStartIsSectionWords()
        {
            // "Storm damage" is no section's name: the first line is the headline, the second its echo cut short.
            var s = Structure("Storm damage closes the harbour" + "\n\n" + "closes the harbour" + Body);

            Assert.Equal("Storm damage closes the harbour", s.Headline);
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

        // --- A publication's name printed right after the author's, with no separator. ---

        [Theory]
        [InlineData("By Mary Colm and Dana Riek Kestrel News-Democrat", "Mary Colm, Dana Riek")]
        [InlineData("By Orla Brannigan The Westhaven Courier", "Orla Brannigan")]
        [InlineData("By Orla Brannigan Dunmore Valley Times", "Orla Brannigan")]
        [InlineData("By Orla Brannigan", "Orla Brannigan")]
        [InlineData("By Mary Ann Herald", "Mary Ann Herald")]
        public void APublicationsNameAfterTheAuthorsIsNoPartOfIt(string line, string authors)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nApril 6, 2026" + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
            Assert.Equal(new DateTime(2026, 4, 6), s.Date);
        }

        // --- The headline printed twice, then the standfirst. ---

        [Fact]
        public void TheStandfirstUnderAHeadlinePrintedTwiceIsTheStandfirst()
        {
            var summary = "A round-up of the week's news from the harbour towns.";
            var s = Structure(Headline + "\n\n" + Headline + "\n\n" + summary + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(summary, s.Standfirst?.Text.Trim());
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AMetaRowUnderAHeadlinePrintedTwiceIsNoStandfirst()
        {
            // No full stop: the post's categories and date, not a summary.
            var s = Structure(Headline + "\n\n" + Headline + "\n\nHarbour Life, Ferries, Local Transport News and Notes" + Body);

            Assert.Null(s.Standfirst);
        }
    }
}
