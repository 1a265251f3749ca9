using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class HtmlTests
    {
        [Theory]
        [InlineData("Fish & chips <p>cost</p> more", 0, 29, 13, 3)]
        [InlineData("A &amp; B &lt;em&gt;now", 0, 23, 10, 10)]
        [InlineData("x < y & z > w", 0, 13, -1, 0)]
        [InlineData("<b>bold</b> then <i>", 1, 20, 7, 4)] // the search starts inside the first tag
        [InlineData("<b>bold</b>", 0, 2, -1, 0)] // a tag cut by the range's end is none
        public void FindsTheFirstTagInARange(string text, int start, int end, int at, int length)
        {
            Assert.Equal(at, Html.FindMarkup(text, start, end, out var found));
            Assert.Equal(length, found);
        }
    }
}
