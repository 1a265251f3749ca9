using System.Text;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>The content check counts every character wherever it stands: its verdict does not depend on where in the text, or next to what, a control or a non-ASCII character falls.</summary>
    public class ContentCheckTests
    {
        [Theory]
        [InlineData(20, null)]
        [InlineData(21, ArticleDecoding.Binary)]
        public void ControlsAreCountedAtEveryOffset(int controls, string? expected)
        {
            // 400 characters of content (curly quotes and e-acutes among them) and the controls spread through them, from
            // every starting offset: binary only when twenty times the controls exceed the content (a C0 control, half of
            // them here, is content too; NEL is white space): 20 controls against 410, 21 against 411.
            for (var shift = 0; shift < 8; shift++)
            {
                var text = new StringBuilder(new string(' ', shift));
                var content = 0;
                var placed = 0;
                while (content < 400)
                {
                    text.Append(content % 7 == 3 ? '\u201C' : content % 11 == 5 ? '\u00E9' : 'a');
                    content++;
                    if (content % 19 == shift % 4 && placed < controls)
                    {
                        text.Append(placed % 2 == 0 ? '\u0001' : '\u0085');
                        placed++;
                    }

                    if (content % 5 == 0)
                    {
                        text.Append(content % 10 == 0 ? '\n' : ' ');
                    }
                }

                while (placed < controls)
                {
                    text.Append('\u0002');
                    placed++;
                }

                Assert.Equal(expected, ContentCheck.WhyUnreadable(text.ToString(), TextDecoding.StrictUtf8));
            }
        }

        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("\r\n\t \f")]
        [InlineData("\uFEFF  \n\n  \u00A0\u2003 ")]
        public void WhiteSpaceAloneIsEmpty(string text) =>
            Assert.Equal("is empty", ContentCheck.WhyUnreadable(text, TextDecoding.StrictUtf8));

        [Theory]
        [InlineData("x")]
        [InlineData("    x")]
        [InlineData("\t\t\t\t\t\u00E9")]
        public void OneCharacterOfContentIsReadable(string text) =>
            Assert.Null(ContentCheck.WhyUnreadable(text, TextDecoding.StrictUtf8));
    }
}
