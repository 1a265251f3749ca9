using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A readers' comment thread under the story dates the comments, not the story: its date lines never become the
    /// article's date. Invented page: its town, paper and people exist nowhere.
    /// </summary>
    public class ReadersCommentsTests
    {
        private const string Story = "Harbour board backs new ferry timetable\n\nBy Orla Brandt\n\nThe harbour board in Kettlewick on Tuesday backed a timetable that adds two evening sailings to the island.\n\nThe new sailings will start in spring, when the second ferry returns from its refit.";

        private const string Thread = "\n\n12 Comments\n\nEdwin Tolland\n\nMarch 3, 2024 at 5:12 pm\n\nAbout time the evening boats came back.\n\nReply";

        [Fact]
        public void ACommentsDateIsNotTheStorysDate()
        {
            var s = Structure(Story + Thread);

            Assert.Null(s.Date);
            Assert.Equal(new[] { "Orla Brandt" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void TheStorysOwnDateStaysOverACommentsDate()
        {
            var s = Structure(Story.Replace("By Orla Brandt\n\n", "By Orla Brandt\n\nFebruary 27, 2024\n\n", StringComparison.Ordinal) + Thread);

            Assert.Equal(new DateTime(2024, 2, 27), s.Date);
        }
        [Fact]
        public void ADateInACommentSectionOpenedByItsCountIsNotTheStorysDate()
        {
            // A count of the comments opens the section (no commenter's line under a label): its date line is a comment's too.
            var s = Structure(Story + "\n\n(2) comments\n\nMarch 3, 2024\n\nAbout time the evening boats came back.");

            Assert.Null(s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }
    }
}
