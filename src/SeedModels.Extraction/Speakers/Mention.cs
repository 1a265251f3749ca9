namespace SeedModels.Extraction.Speakers
{
    internal enum MentionKind
    {
        Person,
        Organisation,
    }

    /// <summary>A name the article uses, where it uses it, and whether there is evidence it is a person.</summary>
    internal sealed class Mention
    {
        public Mention(int paragraph, int index, string name, MentionKind kind, bool strong)
        {
            Paragraph = paragraph;
            Index = index;
            Name = name;
            Kind = kind;
            Strong = strong;
        }

        public int Paragraph { get; }

        public int Index { get; }

        public string Name { get; }

        public MentionKind Kind { get; }

        /// <summary>A title, role, speech verb or appositive marks it as a person (or a cue word as an organisation).</summary>
        public bool Strong { get; }

        public bool IsBefore(int paragraph, int index) => Paragraph < paragraph || (Paragraph == paragraph && Index < index);
    }
}
