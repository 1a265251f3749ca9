using System.Collections.Generic;
using SeedModels.Extraction.Annotations;
using SeedModels.Extraction.Diagnostics;
using SeedModels.Extraction.Naming;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Speakers;
using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction
{
    /// <summary>
    /// The extraction engine's entry point: segment → annotations → structure → quotes → speakers → diagnostics.
    /// Pure: text in, result out, no I/O, so the compiler can run it on every keystroke.
    /// </summary>
    internal static class ArticleExtractor
    {
        public static ExtractionResult Extract(string text, string sourceFile)
        {
            var unreadable = ContentCheck.WhyUnreadable(text);
            if (unreadable != null)
            {
                var failed = new ExtractionResult { IsReadable = false, Identifier = Identifiers.For(null, null, sourceFile) };
                failed.Diagnostics.Add(DiagnosticsPass.Unreadable(unreadable));
                return failed;
            }

            var segmented = Segmenter.Split(text);
            var annotations = AnnotationPass.Read(segmented);
            var structure = StructurePass.Build(segmented, annotations);

            // The standfirst is scanned for quotes with the body; its quotes report paragraph -1.
            var scanned = new List<MappedText>();
            var offset = structure.Standfirst != null ? 1 : 0;
            if (structure.Standfirst != null)
            {
                scanned.Add(structure.Standfirst);
            }

            scanned.AddRange(structure.Paragraphs);
            var (quotes, marks) = QuoteScanner.Scan(scanned);
            var texts = new List<string>(scanned.Count);
            foreach (var paragraph in scanned)
            {
                texts.Add(paragraph.Text);
            }

            var speakers = SpeakerAttributor.Attribute(texts, quotes);

            var result = new ExtractionResult
            {
                Headline = structure.Headline ?? string.Empty,
                Standfirst = structure.Standfirst?.Text.Trim(),
                Authors = structure.Authors,
                Date = structure.Date,
                Place = structure.Place,
                Agency = structure.Agency,
                Captions = structure.Captions,
                Crossheads = structure.Crossheads,
                Source = annotations.Get(AnnotationKeys.Source),
                Url = annotations.Get(AnnotationKeys.Url),
                Identifier = Identifiers.For(annotations.Get(AnnotationKeys.Id), structure.Headline, sourceFile),
            };

            foreach (var paragraph in structure.Paragraphs)
            {
                result.Paragraphs.Add(paragraph.Text.Trim());
            }

            for (var q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                var (line, column) = segmented.PositionOf(quote.SourceStart);
                var direct = QuoteKindClassifier.IsDirect(quote, texts[quote.Paragraph]);
                result.Quotes.Add(new ExtractedQuote(quote.Text, speakers[q], direct, quote.Paragraph - offset, line, column));
            }

            var tags = annotations.Get(AnnotationKeys.Tags);
            if (tags != null)
            {
                foreach (var tag in tags.Split(','))
                {
                    if (tag.Trim().Length > 0)
                    {
                        result.Tags.Add(tag.Trim());
                    }
                }
            }

            result.Diagnostics = DiagnosticsPass.Run(segmented, annotations, structure, marks);
            return result;
        }
    }
}
