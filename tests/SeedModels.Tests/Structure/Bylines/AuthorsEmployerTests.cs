using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The publication, paper or faculty the author works for, after a bar, a slash or with no separator at all, is her
    /// employer and no part of her name nor a second author.
    /// </summary>
    public class AuthorsEmployerTests
    {
        [Theory]
        [InlineData("Ines Valcourt | Special to the Kestrel Point Record")]
        [InlineData("By Ines Valcourt | Special to the Kestrel Point Record")]
        public void WhomTheAuthorWritesForAfterABarIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.Null(s.Standfirst);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The unit of an organisation she works in, after a comma. ---
        [Theory]
        [InlineData("Story by Ines Valcourt, Research Communications", "Ines Valcourt")]
        [InlineData("By Ines Valcourt, Marketing and Communications", "Ines Valcourt")]
        [InlineData("By Ines Valcourt, Corporate Relations", "Ines Valcourt")]
        [InlineData("By Ines Valcourt, Orla Brannigan", "Ines Valcourt, Orla Brannigan")]
        public void TheUnitSheWorksInAfterACommaIsNoSecondAuthor(string line, string authors)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nApril 6, 2026" + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
            Assert.Equal(new DateTime(2026, 4, 6), s.Date);
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

        // --- The paper glued to the author's name by a slash. ---
        [Theory]
        [InlineData("By Ailbe Morrow/Westhaven Daily Journal", "Ailbe Morrow")]
        [InlineData("By Ailbe Morrow/KDJ Daily Journal", "Ailbe Morrow")]
        [InlineData("By Ailbe Morrow/Kestrel Courier", "Ailbe Morrow")]
        [InlineData("By Ailbe Morrow / Kestrel Courier", "Ailbe Morrow")]
        public void APaperGluedToTheNameByASlashIsHerEmployer(string line, string author)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The author's faculty after her name. ---
        [Fact]
        public void AFacultyAfterTheNameIsHerEmployer()
        {
            var s = Structure(Headline + "\n\nStory by Ailbe Morrow, Faculty of Science" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }
    }
}
