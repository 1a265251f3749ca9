using SeedModels.Extraction.Structure;
using Xunit;

namespace SeedModels.Tests
{
    public class BylineDetectorTests
    {
        [Theory]
        [InlineData("By Jane Doe", new[] { "Jane Doe" })]
        [InlineData("BY Jane Doe", new[] { "Jane Doe" })]
        [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
        [InlineData("By Ann Lee, Bob Stone and Cara Mills", new[] { "Ann Lee", "Bob Stone", "Cara Mills" })]
        [InlineData("By Jane Doe, Political Reporter", new[] { "Jane Doe" })]
        [InlineData("By Jane Doe in London", new[] { "Jane Doe" })]
        [InlineData("By MARY JONES", new[] { "Mary Jones" })]
        [InlineData("By Ursula von der Leyen", new[] { "Ursula von der Leyen" })]
        public void ReadsByLines(string line, string[] expected)
        {
            Assert.True(BylineDetector.TryReadByLine(line, out var authors, out var agency));
            Assert.Equal(expected, authors);
            Assert.Null(agency);
        }

        [Theory]
        [InlineData("By Jane Doe | Reuters", "Reuters")]
        [InlineData("By Jane Doe \u2013 Associated Press", "Associated Press")]
        public void ReadsTheAgencyAfterABar(string line, string agency)
        {
            Assert.True(BylineDetector.TryReadByLine(line, out var authors, out var readAgency));
            Assert.Equal(new[] { "Jane Doe" }, authors);
            Assert.Equal(agency, readAgency);
        }

        [Theory]
        [InlineData("By the end of the day, the crowd had gone.")]
        [InlineData("By the end of the day")]
        [InlineData("By 2030 the city will have no coal plants")]
        [InlineData("By Monday")]
        [InlineData("Bystanders filmed the scene")]
        [InlineData("Jane Doe")]
        public void RejectsLinesThatAreNotByLines(string line)
        {
            Assert.False(BylineDetector.TryReadByLine(line, out var authors, out var agency));
            Assert.Null(authors);
            Assert.Null(agency);
        }

        [Theory]
        [InlineData("Jane Doe", new[] { "Jane Doe" })]
        [InlineData("Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
        [InlineData("Jane Doe, Political Reporter", new[] { "Jane Doe" })]
        [InlineData("Marcus Bell, Health Correspondent", new[] { "Marcus Bell" })]
        [InlineData("J. K. Rowling", new[] { "J. K. Rowling" })]
        public void ReadsNameLines(string line, string[] expected)
        {
            Assert.True(BylineDetector.TryReadNameLine(line, out var authors));
            Assert.Equal(expected, authors);
        }

        [Theory]
        [InlineData("Police officer filmed posing with rioter")]
        [InlineData("Jane Doe said the vote was close.")]
        [InlineData("Harbour Authority")]
        [InlineData("The Senate")]
        [InlineData("Storm Warning Issued For 2024")]
        [InlineData("Jane")]
        [InlineData("")]
        public void RejectsLinesThatAreNotNames(string line)
        {
            Assert.False(BylineDetector.TryReadNameLine(line, out var authors));
            Assert.Null(authors);
        }
    }
}
