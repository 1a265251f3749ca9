using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A piece of the article the structure pass classifies: one line with a role of its own (a byline, a
    /// credit, a caption) or the run of plain lines of a block (a paragraph).
    /// </summary>
    internal sealed class Unit
    {
        public Unit(UnitKind kind, MappedText content, int firstLine, int lineCount)
        {
            Kind = kind;
            Content = content;
            FirstLine = firstLine;
            LineCount = lineCount;
        }

        public UnitKind Kind { get; set; }

        /// <summary>The unit's text as written, mapped to the source.</summary>
        public MappedText Content
        {
            get => _content;
            set
            {
                _content = value;
                _words = _sentences = 0;
                _wordsExact = _sentencesExact = false;
            }
        }

        private MappedText _content = null!;

        /// <summary>Words and sentences counted so far (all of them when exact, else at least as many): the detectors bound a unit's words again and again.</summary>
        private int _words;

        private int _sentences;

        private bool _wordsExact;

        private bool _sentencesExact;

        /// <summary><c>Chars.CountWords(Text, 0, Text.Length, limit)</c> (limit at least 1), counted once per unit and limit reached.</summary>
        public int WordsUpTo(int limit)
        {
            if (_wordsExact || _words >= limit)
            {
                return System.Math.Min(_words, limit);
            }

            _words = Chars.CountWords(Text, 0, Text.Length, limit);
            _wordsExact = _words < limit;
            return _words;
        }

        /// <summary>The unit's whole word count, <see cref="Chars.CountWords(string)"/>.</summary>
        public int WordCount => WordsUpTo(int.MaxValue);

        /// <summary><c>Sentences.Count(Text, 0, Text.Length, limit)</c> (limit at least 1), counted once per unit and limit reached.</summary>
        public int SentencesUpTo(int limit)
        {
            if (_sentencesExact || _sentences >= limit)
            {
                return System.Math.Min(_sentences, limit);
            }

            _sentences = Sentences.Count(Text, 0, Text.Length, limit);
            _sentencesExact = _sentences < limit;
            return _sentences;
        }

        /// <summary>Gives the unit its known whole word count (that of <see cref="Text"/>), so no detector counts it again.</summary>
        public void KnowWords(int words)
        {
            _words = words;
            _wordsExact = true;
        }

        public string Text => Content.Text;

        /// <summary>1-based number of the unit's first line.</summary>
        public int FirstLine { get; }

        public int LineCount { get; }

        public bool IsSingleLine => LineCount == 1;

        /// <summary>Where part <paramref name="k"/> of the text (a line, for a paragraph joined from its lines) starts and ends, its spaces included.</summary>
        public (int Start, int End) PartRange(int k) => (Content.PartStart(k), k + 1 < Content.PartCount ? Content.PartStart(k + 1) : Text.Length);

        /// <summary>The text holds HTML markup (raw or escaped).</summary>
        public bool HasMarkup { get; set; }

        /// <summary>A wire dateline (<c>LONDON (AP) —</c>) was cut from its start: it opens the body, it is no standfirst.</summary>
        public bool HadWirePrefix { get; set; }

        public string? CaptionText { get; set; }

        public string? Credit { get; set; }

        /// <summary>For a credit line: it stood bare, with neither label nor brackets (<c>Getty Images</c>).</summary>
        public bool IsBareCredit { get; set; }

        /// <summary>A line first read as a caption is something else (a byline, a date line): its caption and credit go.</summary>
        public void RecastCaption(UnitKind kind)
        {
            Kind = kind;
            CaptionText = null;
            Credit = null;
        }

        /// <summary>For a byline: who it names, and the agency or date the line also carries.</summary>
        public BylineReading? Byline { get; set; }

        /// <summary>For a line over a list of links (<c>Read more</c>, <c>Related</c>): the short lines after it are links.</summary>
        public bool IsLinkListLabel { get; set; }

        /// <summary>For a gallery's counter (<c>3 of 12</c>): the line after it is a caption.</summary>
        public bool IsGalleryCounter { get; set; }

        /// <summary>For a date line: the date, when it names its year.</summary>
        public System.DateTime? Date { get; set; }

        /// <summary>For boilerplate <c>Originally published as …</c>: the headline it names.</summary>
        public string? NamedHeadline { get; set; }

        public override string ToString() => Kind + ": " + Text;
    }
}
