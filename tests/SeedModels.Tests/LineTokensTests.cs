using System.Linq;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class LineTokensTests
    {
        private static string[] Texts(LineTokens t) => Enumerable.Range(0, t.Count).Select(t.Text).ToArray();

        [Fact]
        public void SplitsAtSpacesAndSeparatorsKeepingInnerMarks()
        {
            var t = LineTokens.Split("By jane o'neil, staff-writer | 4:45pm - mon.");

            Assert.Equal(new[] { "By", "jane", "o'neil", "staff-writer", "4:45pm", "mon." }, Texts(t));
            Assert.Equal(Separators.Comma, t.Before(3));
            Assert.Equal(Separators.Bar, t.Before(4));
            Assert.Equal(Separators.Bar, t.Before(5));
        }

        [Fact]
        public void PartsAGluedCapitalOrClockAndASlashBetweenLettersWhenAsked()
        {
            Assert.Equal(new[] { "27", "nov", "2026", "Updated", "11:20" }, Texts(LineTokens.Split("27 nov 2026Updated 11:20")));
            Assert.Equal(new[] { "jane", "roe", "09:14" }, Texts(LineTokens.Split("jane roe09:14")));
            Assert.Equal(new[] { "jane", "roe", "agency" }, Texts(LineTokens.Split("jane roe/agency", splitSlashes: true)));
            Assert.Equal(new[] { "jane", "roe/agency" }, Texts(LineTokens.Split("jane roe/agency")));
        }

        [Fact]
        public void NotesAColonClosingAToken()
        {
            var t = LineTokens.Split("published: today");

            Assert.Equal(new[] { "published", "today" }, Texts(t));
            Assert.True(t.EndsWithColon(0));
            Assert.False(t.EndsWithColon(1));
        }
    }
}
