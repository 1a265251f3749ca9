using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Finds the words that name a quote's speaker, as written, trying the attributions a quote can carry in order:
    /// after it (<see cref="AttributionAfter"/>), <c>according to X</c> in its sentence (<see cref="AccordingTo"/>),
    /// before it in its sentence, or at the end of the paragraph before (<see cref="AttributionBefore"/>).
    /// </summary>
    internal sealed class AttributionFinder
    {
        private readonly IReadOnlyList<ParagraphWords> _paragraphs;

        /// <summary>
        /// The lists the rules read a quote's stretches of words into, lent to each rule in turn instead of a new list per
        /// rule and quote: the words after the quote, and those of its sentence before it. No rule keeps them past its call,
        /// and no rule that reads into one calls another that reads into the same.
        /// </summary>
        private readonly List<Word> _wordsAfter = new List<Word>();
        private readonly List<Word> _wordsBefore = new List<Word>();

        private readonly QuoteBounds _bounds;

        public AttributionFinder(IReadOnlyList<ParagraphWords> paragraphs)
        {
            _paragraphs = paragraphs;
            _bounds = new QuoteBounds(paragraphs);
        }

        /// <summary>The quote's sentence bounds, shared by the rules below and the caller (found once per quote).</summary>
        public QuoteBounds Bounds(ScannedQuote quote) => _bounds.Of(quote);

        /// <summary>
        /// The quote's own attribution, or null. <paramref name="floor"/> is where the quote before it in the paragraph
        /// ended: another quote's words are no part of this one's sentence.
        /// </summary>
        public string? Find(ScannedQuote quote, int floor) =>
            After(quote) ?? AccordingTo.Find(_paragraphs, quote, _bounds.Of(quote)) ??
            AttributionBefore.Find(_paragraphs[quote.Paragraph], quote, floor, _wordsBefore, _bounds.Of(quote)) ?? AttributionBefore.IntroducedBefore(_paragraphs, quote);

        /// <summary>The attribution after the quote alone (see <see cref="AttributionAfter.Find"/>).</summary>
        public string? After(ScannedQuote quote) => AttributionAfter.Find(_paragraphs, quote, _wordsAfter, _bounds.Of(quote));

        /// <summary>The speaker the paragraph before reports (see <see cref="AttributionBefore.ReportedInParagraphBefore"/>).</summary>
        public string? ReportedBefore(ScannedQuote quote) => AttributionBefore.ReportedInParagraphBefore(_paragraphs, quote);

        /// <summary>The word right before the quote is a preposition or a possessive (<c>on “…”</c>, <c>the network's “…”</c>).</summary>
        public bool FollowsPrepositionOrPossessive(ScannedQuote quote) => AttributionBefore.FollowsPrepositionOrPossessive(_paragraphs[quote.Paragraph], quote);

        /// <summary>The subject of the sentence the quote stands in (see <see cref="ClauseSubject.OfSentence"/>).</summary>
        public string? SentenceSubject(ScannedQuote quote, int floor) => ClauseSubject.OfSentence(_paragraphs[quote.Paragraph], quote, floor, _wordsBefore, _bounds.Of(quote));

        /// <summary>The subject of the sentence before the quote in its paragraph.</summary>
        public string? PreviousSentenceSubject(ScannedQuote quote) => ClauseSubject.OfPreviousSentence(_paragraphs[quote.Paragraph], quote, _wordsBefore);
    }
}
