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
    /// <summary>The engine as a function, so a host can be given another one (tests force a failure through it).</summary>
    internal delegate ExtractionResult ArticleExtraction(string text, string sourceFile, TextDecoding decoding);

    /// <summary>
    /// The extraction engine's entry point: segment → annotations → structure → quotes → speakers → diagnostics.
    /// Pure: text in, result out, no I/O, so the compiler can run it on every keystroke.
    /// </summary>
    internal static class ArticleExtractor
    {
        /// <summary>
        /// What every host calls: <paramref name="extract"/> (the engine by default) on one article, where an exception —
        /// always a bug — becomes that article's SEED015 finding instead of taking the other articles, or the build, down.
        /// </summary>
        public static ExtractionResult ExtractGuarded(string text, string sourceFile, TextDecoding decoding, ArticleExtraction? extract = null)
        {
            try
            {
                return (extract ?? Extract)(text, sourceFile, decoding);
            }
            catch (System.Exception e) when (!(e is System.OperationCanceledException))
            {
                return ExtractionResult.NoArticle(DiagnosticsPass.InternalError(e));
            }
        }

        /// <param name="text">The article's text.</param>
        /// <param name="sourceFile">Its path relative to the project.</param>
        /// <param name="decoding">How the host made the text from bytes; a string handed over as it is counts as strict.</param>
        public static ExtractionResult Extract(string text, string sourceFile, TextDecoding decoding = TextDecoding.StrictUtf8)
        {
            var unreadable = ContentCheck.WhyUnreadable(text, decoding);
            if (unreadable != null)
            {
                return ExtractionResult.NoArticle(DiagnosticsPass.Unreadable(unreadable));
            }

            var segmented = Segmenter.Split(text);
            var annotations = AnnotationPass.Read(segmented);
            var structure = StructurePass.Build(segmented, annotations);

            // The standfirst is scanned for quotes with the body; its quotes report paragraph -1.
            // Both lists are made at their size: one array each, nothing regrown.
            var offset = structure.Standfirst != null ? 1 : 0;
            var scanned = new List<MappedText>(offset + structure.Paragraphs.Count);
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

            var paragraphs = new string[structure.Paragraphs.Count];
            for (var p = 0; p < paragraphs.Length; p++)
            {
                paragraphs[p] = texts[p + offset].Trim();
            }

            var extractedQuotes = new ExtractedQuote[quotes.Count];
            for (var q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                var (line, column) = segmented.PositionOf(quote.SourceStart);
                var direct = QuoteKindClassifier.IsDirect(quote, texts[quote.Paragraph]);
                extractedQuotes[q] = new ExtractedQuote(quote.Text, speakers[q], direct, quote.Paragraph - offset, line, column);
            }

            var captions = new ExtractedCaption[structure.Captions.Count];
            for (var c = 0; c < captions.Length; c++)
            {
                captions[c] = new ExtractedCaption(structure.Captions[c].Text, structure.Captions[c].Credit);
            }

            var idAnnotation = annotations.Get(AnnotationKeys.Id);
            var article = new ExtractedArticle(
                Id: Identifiers.For(idAnnotation, structure.Headline, sourceFile),
                SourceFile: sourceFile,
                Headline: structure.Headline ?? string.Empty,
                Standfirst: structure.Standfirst?.Text.Trim(),
                Byline: structure.Authors.Count > 0 ? new ExtractedByline(new EquatableArray<string>(structure.Authors.ToArray())) : null,
                Dateline: structure.Date != null || structure.Place != null || structure.Agency != null ? new ExtractedDateline(structure.Date, structure.Place, structure.Agency) : null,
                Quotes: new EquatableArray<ExtractedQuote>(extractedQuotes),
                ImageCaptions: new EquatableArray<ExtractedCaption>(captions),
                Crossheads: new EquatableArray<string>(structure.Crossheads.ToArray()),
                Paragraphs: new EquatableArray<string>(paragraphs),
                Source: annotations.Get(AnnotationKeys.Source),
                Url: annotations.Get(AnnotationKeys.Url),
                Tags: Tags(annotations.Get(AnnotationKeys.Tags)));

            return new ExtractionResult(article, DiagnosticsPass.Run(segmented, annotations, structure, marks), idAnnotation);
        }

        /// <summary>The comma-separated tags, each trimmed, empty ones left out.</summary>
        private static EquatableArray<string> Tags(string? value)
        {
            if (value == null)
            {
                return EquatableArray<string>.Empty;
            }

            var tags = new List<string>();
            foreach (var tag in value.Split(','))
            {
                var trimmed = tag.Trim();
                if (trimmed.Length > 0)
                {
                    tags.Add(trimmed);
                }
            }

            return new EquatableArray<string>(tags.ToArray());
        }
    }
}
