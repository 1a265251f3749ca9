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
        public MappedText Content { get; set; }

        public string Text => Content.Text;

        /// <summary>1-based number of the unit's first line.</summary>
        public int FirstLine { get; }

        public int LineCount { get; }

        public bool IsSingleLine => LineCount == 1;

        /// <summary>The text holds HTML markup (raw or escaped).</summary>
        public bool HasMarkup { get; set; }

        /// <summary>A wire dateline (<c>LONDON (AP) —</c>) was cut from its start: it opens the body, it is no standfirst.</summary>
        public bool HadWirePrefix { get; set; }

        public string? CaptionText { get; set; }

        public string? Credit { get; set; }

        /// <summary>For a credit line: it stood bare, with neither label nor brackets (<c>Getty Images</c>).</summary>
        public bool IsBareCredit { get; set; }

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
