using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A blog's meta row (the date and the post's facts parted by bars or slashes): it dates the story, names the
    /// author when a field is a person, and names no one for a section, a publication or a one-word user name.
    /// </summary>
    public class BlogMetaRowTests
    {
        // --- A blog's meta row: the date and the post's facts parted by bars or slashes. ---
        [Theory]
        [InlineData("by | Mar 11, 2026 | Soapbox | 1 comment")]
        [InlineData("by | March 11, 2026 | Harbour Life | 12 Comments")]
        [InlineData("March 11, 2026 | Local News | 683 views")]
        [InlineData("Opinion | March 11, 2026 | Leave a comment")]
        public void AMetaRowNamingNoAuthorDatesTheStory(string row)
        {
            var s = Structure(Headline + "\n\n" + row + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("by Margaret Ellison | March 11, 2026 | Soapbox | 3 comments")]
        [InlineData("by Margaret Ellison | March 11, 2026 | Harbour News, Opinion | 2 Comments")]
        [InlineData("March 11, 2026 | Margaret Ellison | 683 views")]
        [InlineData("March 11, 2026 / Margaret Ellison")]
        [InlineData("March 11, 2026 \u00B7 7 min \u00B7 1382 words \u00B7 Margaret Ellison | Suggest Changes")]
        [InlineData("March 11, 2026 \u00B7 Margaret Ellison | Edit this page")]
        public void AMetaRowNamingTheAuthorIsTheByline(string row)
        {
            var s = Structure(Headline + "\n\n" + row + Body);

            Assert.Equal(new[] { "Margaret Ellison" }, s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AMetaRowOverThePostsTitleIsNoHeadline()
        {
            // A blog prints its date and author over the post's title.
            var s = Structure("March 11, 2026 / Margaret Ellison\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Margaret Ellison" }, s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("March 11, 2026 | Harbour Ferry Timetable Changes Explained Today")]
        [InlineData("March 11, 2026 | the ferry returns")]
        [InlineData("Ferry | Harbour | Boats")]
        [InlineData("March 11, 2026 | Harbour News, Opinion, Ferries And Boats Of Kestrel Point")]
        public void ALineWithAFieldOfAnythingElseIsNoMetaRow(string line)
        {
            // A field that is no date, author, section or count (a title of many words, words in lower case), or no date at
            // all: the line dates nothing.
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Null(s.Date);
            Assert.Empty(s.Authors);
        }

        [Fact]
        public void AMetaRowsSectionNamedLikeAPersonNamesNoAuthor()
        {
            // Two capitalised words with no given name the lexicon knows are read as the section: a wrong author is worse than none.
            var s = Structure(Headline + "\n\nMarch 11, 2026 | Harbour Notes | 683 views" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
        }

        [Fact]
        public void AMetaRowsUserNameOfOneWordNamesNoAuthor()
        {
            // "November 7, 2026 / Margaret": a blog's user name, no full name: the row dates the post and names no author.
            var s = Structure("November 7, 2026 / Margaret\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 11, 7), s.Date);
        }

        // --- A static blog's meta row: the date, the reading time, then a name no list knows. ---
        [Theory]
        [InlineData("March 3, 2024 · 6 min · Wendeline Ostrakova")]
        [InlineData("March 3, 2024 · Wendeline Ostrakova")]
        public void ANameClosingTheDateRowIsTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Wendeline Ostrakova" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("March 3, 2024 · Local Politics")]
        [InlineData("March 3, 2024 · Kestrel Gazette")]
        public void ASectionOrPublicationClosingTheDateRowIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }
    }
}
