using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Where one quote's sentence starts (before its opening) and its clause ends (after its closing): several rules read
    /// them for the same quote, so each is found once, when first asked, and kept until another quote is asked about.
    /// </summary>
    internal sealed class QuoteBounds
    {
        private readonly IReadOnlyList<ParagraphWords> _paragraphs;
        private ScannedQuote? _quote;
        private int _paragraph, _openIndex, _endParagraph, _endIndex;
        private int _sentenceStart = -1;
        private int _clauseEnd = -1;

        public QuoteBounds(IReadOnlyList<ParagraphWords> paragraphs) => _paragraphs = paragraphs;

        /// <summary>These bounds, for <paramref name="quote"/> (found again when its place differs from the one kept).</summary>
        public QuoteBounds Of(ScannedQuote quote)
        {
            // The quote's place is compared too, not only the object: the bounds depend on nothing else.
            if (!ReferenceEquals(quote, _quote) || quote.Paragraph != _paragraph || quote.OpenIndex != _openIndex ||
                quote.EndParagraph != _endParagraph || quote.EndIndex != _endIndex)
            {
                _quote = quote;
                _paragraph = quote.Paragraph;
                _openIndex = quote.OpenIndex;
                _endParagraph = quote.EndParagraph;
                _endIndex = quote.EndIndex;
                _sentenceStart = -1;
                _clauseEnd = -1;
            }

            return this;
        }

        /// <summary><see cref="SentenceBounds.SentenceStart"/> of the opening paragraph before the quote's opening (never negative).</summary>
        public int SentenceStart =>
            _sentenceStart >= 0 ? _sentenceStart : (_sentenceStart = SentenceBounds.SentenceStart(_paragraphs[_paragraph].Text, _openIndex));

        /// <summary><see cref="SentenceBounds.ClauseEnd"/> of the closing paragraph from the quote's end (never negative).</summary>
        public int ClauseEnd =>
            _clauseEnd >= 0 ? _clauseEnd : (_clauseEnd = SentenceBounds.ClauseEnd(_paragraphs[_endParagraph].Text, _endIndex));
    }
}
