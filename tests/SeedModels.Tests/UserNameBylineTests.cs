using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11: a blog's byline signed with a user name (<c>Posted by admin on …</c>) names no author, but it is the
    /// header's line, not the story's, and its date is the story's date.
    /// </summary>
    public class UserNameBylineTests
    {
        private const string Headline = "Brackenford library to close after roof survey finds cracks\n\n";
        private const string Body = "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams.\n\nA temporary library will open in the community centre next week.";

        [Theory]
        [InlineData("Posted by admin on November 27, 2026")]
        [InlineData("Posted by jane_doe on November 27, 2026")]
        [InlineData("By admin | November 27, 2026")]
        [InlineData("Written by jdoe42 • Nov 27, 2026")]
        public void AUserNamesBylineDatesTheStoryAndNamesNoAuthor(string line)
        {
            var s = Structure(Headline + line + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("2026", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("By the end of November 27, 2026 the roof must be closed.")]
        [InlineData("Posted by the council on November 27, 2026, the survey found cracks in every beam of the roof.")]
        public void AStorySentenceOpeningWithByStaysBody(string line)
        {
            var s = Structure(Headline + "The library's roof is failing." + "\n\n" + line + Body);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }
    }
}
