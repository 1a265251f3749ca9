using System.Collections.Generic;
using System.Linq;
using SeedModels.Extraction.Annotations;
using SeedModels.Extraction.Diagnostics;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Structure;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>Each diagnostic at its exact line and column (README "Diagnostics"): a value's at the value, a key's at the key, a block's at its first line.</summary>
    public class DiagnosticsPassTests
    {
        private const string Body = "Harbour wall to be rebuilt\n\nThe wall will be rebuilt next year. Work starts in May.\n\nThe harbour stays open.";

        /// <summary>Runs the diagnostics pass on what the earlier passes make of <paramref name="text"/>.</summary>
        private static List<ExtractedDiagnostic> Diagnose(string text)
        {
            var segmented = Segmenter.Split(text);
            var annotations = AnnotationPass.Read(segmented);
            var structure = StructurePass.Build(segmented, annotations);
            var scanned = new List<MappedText>();
            if (structure.Standfirst != null)
            {
                scanned.Add(structure.Standfirst);
            }

            scanned.AddRange(structure.Paragraphs);
            return DiagnosticsPass.Run(segmented, annotations, structure, QuoteScanner.Scan(scanned).Problems);
        }

        private static ExtractedDiagnostic Only(string text, string id)
        {
            var found = Diagnose(text);
            Assert.True(found.Count == 1, "expected only " + id + ", got " + string.Join(", ", found.Select(d => $"{d.Id}({d.Line},{d.Column})")));
            Assert.Equal(id, found[0].Id);
            return found[0];
        }

        [Fact]
        public void ACleanArticleHasNoDiagnostics()
        {
            Assert.Empty(Diagnose("---\nid: HarbourWall\ndate: 2021-01-06\n---\n" + Body));
        }

        [Fact]
        public void Seed001NoHeadlineAtTheFirstLineOfText()
        {
            var d = Only("\n\nThe wall will be rebuilt next year. Work starts in May.\n", "SEED001");

            Assert.Equal((3, 1), (d.Line, d.Column));
            Assert.Equal(DiagnosticSeverityLevel.Warning, d.Rule.Severity);
        }

        [Theory]
        [InlineData("2021-13-45")]
        [InlineData("07/01/2021")]
        [InlineData("2021-02-30")]
        public void Seed002InvalidDateAtTheValue(string date)
        {
            var d = Only("---\nid: HarbourWall\ndate: " + date + "\n---\n" + Body, "SEED002");

            Assert.Equal((3, 7), (d.Line, d.Column));
            Assert.Equal(date.Length, d.Length);
            Assert.Contains(date, d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Seed002ForAnInlineDateAtTheValue()
        {
            var d = Only(" date 2021-13-45 " + Body, "SEED002");

            Assert.Equal((1, 7), (d.Line, d.Column));
        }

        [Theory]
        [InlineData("mood: grim", 1)]
        [InlineData("  Mood: grim", 3)]
        public void Seed003UnknownKeyAtTheKey(string line, int column)
        {
            var d = Only("---\nsource: Gazette\n" + line + "\n---\n" + Body, "SEED003");

            Assert.Equal((3, column), (d.Line, d.Column));
            Assert.Contains("Mood", d.Message, System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Seed004DuplicateKeyAtTheSecondKey()
        {
            var d = Only("---\nplace: Dover\nPlace: Calais\n---\n" + Body, "SEED004");

            Assert.Equal((3, 1), (d.Line, d.Column));
        }

        [Fact]
        public void Seed005UnclosedFrontMatterAtTheFirstLine()
        {
            var d = Only("---\nsource: Gazette\n\n" + Body, "SEED005");

            Assert.Equal((1, 1), (d.Line, d.Column));
        }

        [Theory]
        [InlineData("&lt;p&gt;Crowds on the harbour wall&lt;/p&gt;")]
        [InlineData("<p>Crowds on the harbour wall</p>")]
        public void Seed006MarkupAtTheFirstTagOfTheLine(string caption)
        {
            var d = Only("Harbour wall to be rebuilt\n\nThe wall will be rebuilt next year. Work starts in May.\n\nSome text before " + caption + "\n\nThe harbour stays open.", "SEED006");

            Assert.Equal((5, 18), (d.Line, d.Column));
        }

        [Fact]
        public void Seed009UnclosedQuoteAtItsOpeningMark()
        {
            var d = Only("Harbour wall to be rebuilt\n\nThe mayor said: \u201CWe will rebuild it stone by stone.\n\nThe harbour stays open.", "SEED009");

            Assert.Equal((3, 17), (d.Line, d.Column));
            Assert.Equal(DiagnosticSeverityLevel.Info, d.Rule.Severity);
        }

        [Fact]
        public void Seed010MismatchedMarksAtTheClosingMark()
        {
            var d = Only("Harbour wall to be rebuilt\n\nThe work starts in May.\n\n\u201CWe will rebuild it,\" the mayor said.\n\nThe harbour stays open.", "SEED010");

            Assert.Equal((5, 21), (d.Line, d.Column));
            Assert.Equal(DiagnosticSeverityLevel.Info, d.Rule.Severity);
        }

        [Theory]
        [InlineData("class")]
        [InlineData("123Harbour")]
        [InlineData("Harbour Wall")]
        public void Seed011InvalidIdAtTheValue(string id)
        {
            var d = Only("---\nsource: Gazette\nid: " + id + "\n---\n" + Body, "SEED011");

            Assert.Equal((3, 5), (d.Line, d.Column));
        }

        [Fact]
        public void Seed012EmptyValueAtTheKey()
        {
            var d = Only("---\nsource: Gazette\nbyline:\n---\n" + Body, "SEED012");

            Assert.Equal((3, 1), (d.Line, d.Column));
        }

        [Fact]
        public void Seed008UnreadableIsAboutTheWholeFile()
        {
            var d = DiagnosticsPass.Unreadable("is empty");

            Assert.Equal(("SEED008", 1, 1), (d.Id, d.Line, d.Column));
            Assert.Contains("is empty", d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void LinesAndColumnsCountFromTheBomAndCrLf()
        {
            var d = Only("\uFEFF---\r\nsource: Gazette\r\ndate: 2021-13-45\r\n---\r\n" + Body.Replace("\n", "\r\n"), "SEED002");

            Assert.Equal((3, 7), (d.Line, d.Column));
        }

        [Fact]
        public void DiagnosticsComeInFileOrder()
        {
            var found = Diagnose("---\nmood: grim\ndate: 2021-13-45\nmood: dark\n---\n" + Body);

            Assert.Equal(new[] { "SEED003", "SEED002", "SEED003" }, found.Select(d => d.Id));
            Assert.Equal(new[] { 2, 3, 4 }, found.Select(d => d.Line));
        }
    }
}
