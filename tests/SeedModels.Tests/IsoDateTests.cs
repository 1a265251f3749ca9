using System;
using System.Globalization;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>The date annotation's reader (<see cref="Dates.TryParseIso"/>) gives the framework's yyyy-MM-dd answer and date for every text, its own shortcut included.</summary>
    public class IsoDateTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(4)]
        [InlineData(100)]
        [InlineData(400)]
        [InlineData(1900)]
        [InlineData(2000)]
        [InlineData(2023)]
        [InlineData(2024)]
        [InlineData(9999)]
        public void EveryMonthAndDayOfAYearReadsAsTheFrameworkReadsThem(int year)
        {
            for (var month = 0; month < 100; month++)
            {
                for (var day = 0; day < 100; day++)
                {
                    var text = year.ToString("0000") + "-" + month.ToString("00") + "-" + day.ToString("00");
                    var expected = Framework(text, out var expectedDate);
                    Assert.Equal(expected, Dates.TryParseIso(text, out var date));
                    Assert.Equal(expectedDate, date);
                }
            }
        }

        [Theory]
        [InlineData("2024-02-29", true)]
        [InlineData("2023-02-29", false)]
        [InlineData("2024-1-05", false)]
        [InlineData(" 2024-01-05", false)]
        [InlineData("2024-01-05 ", false)]
        [InlineData("2024/01/05", false)]
        [InlineData("20240105", false)]
        [InlineData("2024-01-050", false)]
        [InlineData("+024-01-05", false)]
        [InlineData("\u0662\u0660\u0662\u0664-01-05", false)]
        [InlineData("", false)]
        public void OtherShapesGetTheFrameworksAnswer(string text, bool valid)
        {
            Assert.Equal(valid, Framework(text, out var expectedDate));
            Assert.Equal(valid, Dates.TryParseIso(text, out var date));
            Assert.Equal(expectedDate, date);
        }

        private static bool Framework(string text, out DateTime date) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
