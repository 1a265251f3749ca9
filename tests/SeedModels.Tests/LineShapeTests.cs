using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>
    /// A line's shape is read once and gates the line rules: its count must be the word count every rule bounds by, its marks
    /// exactly the marks the line holds, and a rule skipped for want of a mark must have answered no.
    /// </summary>
    public class LineShapeTests
    {
        /// <summary>Invented lines of every kind the rules read: prose, quotes, credits, captions, times, bars, handles, labels.</summary>
        private static readonly string[] Lines =
        {
            "Volunteers cleared the towpath at Brackenford on Saturday morning.",
            "\"We will not give up,\" said Orla Fenwick, who chairs the group.",
            "\u201CIt took too long,\u201D a spokesman for Tamsworth Council said.",
            "Divers search the harbour at dawn (Jane Roe/Veldra Press)",
            "Divers search the harbour at dawn. Photo: Jane Roe",
            "Divers search the harbour at dawn. Supplied",
            "Divers search the harbour at dawn Jane Roe/Veldra Press",
            "Farmers sort potatoes near the river. VELDRA PHOTO / JANE ROE / Veldra.",
            "00:00:49 Crews search the block \u2013 video",
            "01:12 Crews clear the pier after the storm \u2013 video",
            "Jane Roe (left) with John Doe at the opening",
            "From left: Jane Roe, John Doe and Ama Osei",
            "Harbour master Otto Brenn: Pictured with the board's chair",
            "FILE - The pier before the storm, March 2, 2025.",
            "Image caption, Divers search the harbour",
            "Image copyright Veldra Press Image caption Divers search the harbour",
            "News | March 4, 2024",
            "Jane Roe (@janeroe) May 2, 2024",
            "\u2022 The board voted to close the pier",
            "The pier, which opened in 1902, is the town\u2019s oldest building [Archive]",
            "It rose 4% to \u00A312.50 a share; traders said the move was \"odd\".",
            "Ca\u00F1ada and Zo\u00EB joined the well-known rock 'n' roll band",
            "harbour_view(2).jpg",
            "Story continues below advertisement",
            "We may earn a commission from links on this page.",
            "\"We may earn a commission from links on this page,\" the firm's notice says.",
            "Sign up: get our morning newsletter by email",
            "jroe@westhavensentinel.com",
            "The Harbour Beat is a reader-supported publication.",
            "Related: Ferry fares to rise in April",
            "Ferry fares | Pier closures",
            "12/40",
            "pic.example.com/abc123",
            "Divers search the harbour at dawn — Photo: Jane Roe",
            "Divers search the harbour at dawn - Veldra Press",
            "Divers search the harbour at dawn Getty Images",
            "Divers search the harbour. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.",
            "What happens next",
            "Is it over? Credit: Jane Roe",
            "",
            " ",
        };

        [Fact]
        public void TheCountIsTheWordCountOfEveryLine()
        {
            foreach (var line in Lines)
            {
                Assert.Equal(Chars.CountWords(line), LineShape.Of(line).Words);
            }
        }

        [Theory]
        [InlineData("plain words only", (int)(LineMarks.Space))]
        [InlineData("a \"quote\"", (int)(LineMarks.Space | LineMarks.Quote))]
        [InlineData("\u201Cquote\u201D", (int)(LineMarks.Quote))]
        [InlineData("Roe/Press", (int)(LineMarks.Slash))]
        [InlineData("(left)", (int)(LineMarks.OpenParenthesis | LineMarks.CloseBracket))]
        [InlineData("[Archive]", (int)(LineMarks.CloseBracket))]
        [InlineData("Photo:", (int)(LineMarks.Colon))]
        [InlineData("a|b\u2022c\u00B7d", (int)(LineMarks.Bar))]
        [InlineData("@roe", (int)(LineMarks.At))]
        [InlineData("tab\tonly", (int)(LineMarks.None))]
        [InlineData("Done. Why? Go!", (int)(LineMarks.Space | LineMarks.Stop))]
        [InlineData("well-known", (int)(LineMarks.Dash))]
        [InlineData("a\u2012b\u2013c\u2014d\u2015e", (int)(LineMarks.Dash))]
        public void TheMarksAreTheMarksTheLineHolds(string line, int marks)
        {
            Assert.Equal((LineMarks)marks, LineShape.Of(line).Marks);
        }

        [Fact]
        public void ACaptionLineReadsTheSameWithItsMarksAsWithout()
        {
            foreach (var line in Lines)
            {
                var shape = LineShape.Of(line);
                foreach (var unlabelled in new[] { false, true })
                {
                    var all = CaptionDetector.TryReadCaptionLine(line, shape.Words, LineMarks.All, out var allText, out var allCredit, unlabelled);
                    var gated = CaptionDetector.TryReadCaptionLine(line, shape.Words, shape.Marks, out var gatedText, out var gatedCredit, unlabelled);
                    Assert.Equal(all, gated);
                    if (all)
                    {
                        Assert.Equal(allText, gatedText);
                        Assert.Equal(allCredit, gatedCredit);
                    }
                }
            }
        }

        [Fact]
        public void TheBoilerplateRulesReadALineTheSameWithItsMarksAsWithout()
        {
            foreach (var line in Lines)
            {
                var shape = LineShape.Of(line);
                var unread = new LineShape(shape.Words, LineMarks.All);
                Assert.Equal(BoilerplateDetector.IsBoilerplate(line, unread, out var allNamed), BoilerplateDetector.IsBoilerplate(line, shape, out var gatedNamed));
                Assert.Equal(allNamed, gatedNamed);
                Assert.Equal(BoilerplateDetector.IsBoilerplatePastItsOpening(line, unread), BoilerplateDetector.IsBoilerplatePastItsOpening(line, shape));
            }
        }

        [Fact]
        public void TheGateReadsALineTheSameWithItsMarksAsWithout()
        {
            foreach (var line in Lines)
            {
                Assert.Equal(LineGate.MayOpenRole(line), LineGate.MayOpenRole(line, LineShape.Of(line)));
            }
        }

        [Fact]
        public void NoRuleLookingPastTheOpeningTakesAQuotedLine()
        {
            // What UnitBuilder's quoted-prose gate assumes: each such rule refuses a line with a quotation mark and a space.
            Assert.True(BoilerplateDetector.IsBoilerplatePastItsOpening("We may earn a commission from links on this page."));
            Assert.False(BoilerplateDetector.IsBoilerplatePastItsOpening("\"We may earn a commission from links on this page,\" the firm's notice says."));
            Assert.True(BoilerplateDetector.IsBoilerplatePastItsOpening("The video player failed to load"));
            Assert.False(BoilerplateDetector.IsBoilerplatePastItsOpening("\u201CThe video player failed to load\u201D"));
        }
    }
}
