namespace SeedModels.Extraction.Text
{
    /// <summary>A word of a text: a run of letters and digits, with inner apostrophes, hyphens and initials' dots.</summary>
    internal readonly struct Word
    {
        public Word(string source, int start, int end)
        {
            Source = source;
            Start = start;
            End = end;
        }

        public string Source { get; }

        public int Start { get; }

        public int End { get; }

        public string Text => Source.Substring(Start, End - Start);

        public char First => Source[Start];

        public bool IsCapitalized => char.IsUpper(Source[Start]);

        public bool IsAllCaps
        {
            get
            {
                var letters = 0;
                for (var i = Start; i < End; i++)
                {
                    if (char.IsLetter(Source[i]))
                    {
                        if (!char.IsUpper(Source[i]))
                        {
                            return false;
                        }

                        letters++;
                    }
                }

                return letters > 0;
            }
        }

        /// <summary>The word without a possessive <c>'s</c> / <c>’s</c>, lower-cased.</summary>
        public string Lower => Bare.ToLowerInvariant();

        public string Bare
        {
            get
            {
                var end = End;
                if (end - Start > 2 && (Source[end - 2] == '\'' || Source[end - 2] == '\u2019') && (Source[end - 1] == 's' || Source[end - 1] == 'S'))
                {
                    end -= 2;
                }

                while (end > Start + 1 && Source[end - 1] == '.')
                {
                    end--;
                }

                return Source.Substring(Start, end - Start);
            }
        }

        public bool IsPossessive => End - Start > 2 && (Source[End - 2] == '\'' || Source[End - 2] == '\u2019') && (Source[End - 1] == 's' || Source[End - 1] == 'S');

        public override string ToString() => Text;
    }
}
