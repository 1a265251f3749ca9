using System;
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
        [InlineData("By Tomas Hale, Kettering Herald", new[] { "Tomas Hale" })]
        [InlineData("By Priya Nair, WKRN", new[] { "Priya Nair" })]
        [InlineData("By Ines Okafor @InesWrites", new[] { "Ines Okafor" })]
        [InlineData("Written by Ada Brennan", new[] { "Ada Brennan" })]
        [InlineData("Posted by Rufus Vane, Community Editor, Harbour Youth Trust", new[] { "Rufus Vane" })]
        [InlineData("By: Lena Marsh", new[] { "Lena Marsh" })]
        [InlineData("By ODETTE KRAMER, WALLACE PINE and MEI-LIN HARROW", new[] { "Odette Kramer", "Wallace Pine", "Mei-Lin Harrow" })]
        public void ReadsByLines(string line, string[] expected)
        {
            Assert.True(BylineDetector.TryReadByLine(line, out var byline));
            Assert.Equal(expected, byline!.Authors);
            Assert.True(byline.NamesPerson);
            Assert.Null(byline.Agency);
        }

        [Theory]
        [InlineData("By Jane Doe | Reuters", "Reuters")]
        [InlineData("By Jane Doe \u2013 Associated Press", "Associated Press")]
        public void ReadsTheAgencyAfterABar(string line, string agency)
        {
            Assert.True(BylineDetector.TryReadByLine(line, out var byline));
            Assert.Equal(new[] { "Jane Doe" }, byline!.Authors);
            Assert.Equal(agency, byline.Agency);
        }

        [Fact]
        public void AnEmailAddressAfterABarIsNeitherAuthorNorAgency()
        {
            Assert.True(BylineDetector.TryReadByLine("By Nora Quill | nquill@harbourgazette.example", out var byline));
            Assert.Equal(new[] { "Nora Quill" }, byline!.Authors);
            Assert.Null(byline.Agency);
        }

        [Theory]
        [InlineData("By Nora Quill 30 August 2023 \u2022 4:45pm", 2023, 8, 30)]
        [InlineData("by Nora Quill Apr. 28, 2023 1:15 pm", 2023, 4, 28)]
        [InlineData("Written by Nora Quill on July 27, 2017", 2017, 7, 27)]
        [InlineData("By Nora Quill on Thu, Nov 9, 2023 at 4:00 am", 2023, 11, 9)]
        [InlineData("By Nora Quill Feb 8, 2020 5 min read", 2020, 2, 8)]
        [InlineData("By Nora Quill 11 February 2020", 2020, 2, 11)]
        [InlineData("October 19, 2019 by Nora Quill", 2019, 10, 19)]
        public void ReadsADateOnTheBylineAndKeepsItOutOfTheNames(string line, int year, int month, int day)
        {
            Assert.True(BylineDetector.TryReadByLine(line, out var byline));
            Assert.Equal(new[] { "Nora Quill" }, byline!.Authors);
            Assert.Equal(new DateTime(year, month, day), byline.Date);
        }

        [Theory]
        [InlineData("By Associated Press", "Associated Press")]
        [InlineData("By AFP", "AFP")]
        [InlineData("By Riverton Staff", "Riverton Staff")]
        [InlineData("by KDN Staff Report", "KDN Staff Report")]
        [InlineData("By Coastline Weekly", "Coastline Weekly")]
        [InlineData("By Kestrel News with Agencies", "Kestrel News")]
        public void ReadsAnAgencyOrAnOrganisationAfterALabel(string line, string author)
        {
            Assert.True(BylineDetector.TryReadByLine(line, out var byline));
            Assert.Equal(new[] { author }, byline!.Authors);
        }

        [Fact]
        public void AnOrganisationAfterALabelNamesNoPerson()
        {
            Assert.True(BylineDetector.TryReadByLine("by Tarrow Times November 21, 2025 0 1747", out var byline));
            Assert.Equal(new[] { "Tarrow Times" }, byline!.Authors);
            Assert.False(byline.NamesPerson);
            Assert.Equal(new DateTime(2025, 11, 21), byline.Date);
        }

        [Fact]
        public void ALabelAloneWaitsForTheNamesOnTheNextLines()
        {
            Assert.True(BylineDetector.TryReadByLine("By", out var byline));
            Assert.True(byline!.IsLabelOnly);
            Assert.True(BylineDetector.TryReadByLine("By :", out byline));
            Assert.True(byline!.IsLabelOnly);
        }

        [Theory]
        [InlineData("By the end of the day, the crowd had gone.")]
        [InlineData("By the end of the day")]
        [InlineData("By 2030 the city will have no coal plants")]
        [InlineData("By Monday")]
        [InlineData("Bystanders filmed the scene")]
        [InlineData("Jane Doe")]
        [InlineData("By Jane Doe and the rest of the team")]
        [InlineData("By signing up you agree to our terms")]
        [InlineData("Author Jane Doe said the book took ten years")]
        public void RejectsLinesThatAreNotByLines(string line)
        {
            Assert.False(BylineDetector.TryReadByLine(line, out var byline));
            Assert.Null(byline);
        }

        [Theory]
        [InlineData("Jane Doe", new[] { "Jane Doe" })]
        [InlineData("Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
        [InlineData("Jane Doe, Political Reporter", new[] { "Jane Doe" })]
        [InlineData("Marcus Bell, Health Correspondent", new[] { "Marcus Bell" })]
        [InlineData("J. K. Rowling", new[] { "J. K. Rowling" })]
        [InlineData("Opal Fenwick Political Correspondent", new[] { "Opal Fenwick" })]
        [InlineData("Opal Fenwick, transport correspondent", new[] { "Opal Fenwick" })]
        [InlineData("Opal Fenwick, North of England correspondent", new[] { "Opal Fenwick" })]
        [InlineData("Hugo Marr, Chief Football Writer", new[] { "Hugo Marr" })]
        [InlineData("Hugo Marr, Local Democracy Reporter", new[] { "Hugo Marr" })]
        [InlineData("Opal Fenwick/Hugo Marr", new[] { "Opal Fenwick", "Hugo Marr" })]
        [InlineData("Opal Fenwick 2 minutes ago", new[] { "Opal Fenwick" })]
        [InlineData("Opal Fenwick 7 hours", new[] { "Opal Fenwick" })]
        [InlineData("Rhea Voss, Staff Attorney, Civil Rights Project & Ilan Petrov, Director of Housing Policy, Tenants Union", new[] { "Rhea Voss", "Ilan Petrov" })]
        [InlineData("Tove Lind S.", new[] { "Tove Lind S." })]
        public void ReadsNameLines(string line, string[] expected)
        {
            Assert.True(BylineDetector.TryReadNameLine(line, out var byline));
            Assert.Equal(expected, byline!.Authors);
        }

        [Theory]
        [InlineData("Associated Press in Valparaiso", new[] { "Associated Press" }, false)]
        [InlineData("AFP, KINGSTOWN", new[] { "AFP" }, false)]
        [InlineData("Reuters April 28, 2023 GMT", new[] { "Reuters" }, false)]
        [InlineData("Opal Fenwick and AP", new[] { "Opal Fenwick", "AP" }, true)]
        public void ReadsAnAgencyOnANameLine(string line, string[] expected, bool namesPerson)
        {
            Assert.True(BylineDetector.TryReadNameLine(line, out var byline));
            Assert.Equal(expected, byline!.Authors);
            Assert.Equal(namesPerson, byline.NamesPerson);
        }

        [Theory]
        [InlineData("Police officer filmed posing with rioter")]
        [InlineData("Jane Doe said the vote was close.")]
        [InlineData("Harbour Authority")]
        [InlineData("The Senate")]
        [InlineData("Storm Warning Issued For 2024")]
        [InlineData("Jane")]
        [InlineData("")]
        [InlineData("Getty Images")]
        [InlineData("Read More")]
        [InlineData("Juvenile Justice")]
        [InlineData("Assistant Sports Editor")]
        [InlineData("Freelance sports writer")]
        [InlineData("Tove Lind (left) being interviewed by Hugo Marr")]
        [InlineData("Tove Lind 2 minutes ago, updated later by the desk")]
        public void RejectsLinesThatAreNotNames(string line)
        {
            Assert.False(BylineDetector.TryReadNameLine(line, out var byline));
            Assert.Null(byline);
        }
    }
}
