using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A note at the page's end saying how to reach the author leaves the body and names her when the header does not
    /// (also when it opens with her job); someone else who can be reached stays in the story.
    /// </summary>
    public class AuthorAtPageEndTests
    {
        [Fact]
        public void ANoteSayingHowToReachTheAuthorLeavesTheBody()
        {
            const string note = "Maeve Tolland can be reached at maeve@courier.example.";
            var s = Structure(Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == note);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ANoteSayingHowToReachTheAuthorNamesTheAuthorTheHeaderLacks()
        {
            const string note = "Maeve Tolland can be reached at maeve@courier.example.";
            var s = Structure(Headline + "November 27, 2026" + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == note);
        }

        [Fact]
        public void SomeoneElseWhoCanBeReachedIsTheStorysSentence()
        {
            const string sentence = "The council said Daniel Ashby can be reached at the town hall until Friday.";
            var s = Structure(Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body + "\n\n" + sentence);

            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Reporter Maeve Tolland can be reached at mtolland@brackenfordcourier.example.")]
        [InlineData("Staff writer Maeve Tolland can be reached at 555-0100.")]
        public void AReachNoteOpeningWithTheAuthorsJobNamesHer(string note)
        {
            var s = Structure("Brackenford library to close after roof survey finds cracks\n\nNovember 27, 2026" + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }
    }
}
