namespace SeedModels.Extraction.Speakers
{
    internal enum MentionKind
    {
        Person,
        Organisation,

        /// <summary>One capitalised word (<c>Varga said</c>): a person when the article names someone fully by it.</summary>
        SingleName,
    }

    /// <summary>What the article shows of a person's gender: a title (<c>Ms</c>) or a given name (<c>Orla</c>).</summary>
    internal enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    /// <summary>A name the article uses, where it uses it, and whether there is evidence it is a speaker.</summary>
    /// <param name="Paragraph">The paragraph it stands in.</param>
    /// <param name="Index">Its offset in that paragraph.</param>
    /// <param name="Name">The name, without job titles.</param>
    /// <param name="Kind">A person or an organisation.</param>
    /// <param name="Strong">A title, role, speech verb or appositive marks it (or a cue word, for an organisation).</param>
    /// <param name="Gender">Evidence of a person's gender at this mention.</param>
    /// <param name="Subject">It opens its sentence or a speech verb follows it: the sentence is about it.</param>
    /// <param name="PronounGender">
    /// The gender of the first <c>he</c> or <c>she</c> (<c>his</c>, <c>her</c>) after a subject, before any other name, in
    /// its sentence (<c>Varga said she would stay</c>): weaker evidence than a title or given name.
    /// </param>
    /// <param name="Listed">
    /// Its paragraph ends with no sentence's mark (a fact box's line, a list item, a caption): the story is not about it.
    /// </param>
    /// <param name="Speaks">
    /// One word that does what only a person does (<c>Varga said</c>, <c>Varga, who …</c>, <c>Varga said he …</c>): a person
    /// even when the article never gives the full name (it stands in a quote, a title or the headline).
    /// </param>
    /// <param name="Office">The capitalised office written before a person's name (<c>minister</c> for <c>Union Minister Jo Bloggs</c>).</param>
    /// <param name="Role">
    /// The lower-case role noun the article describes a person by, in an appositive (<c>Jo Bloggs, the former harbour master,</c>)
    /// or before the name (<c>harbour master Jo Bloggs</c>): <c>master</c>, so a later <c>the former harbour master said</c> is hers.
    /// </param>
    /// <param name="RoleQualifiers">
    /// The words of that appositive between its article and its role noun, as written (<c>Sallow</c> for <c>Jo Bloggs, the
    /// Sallow senator,</c>): a later <c>the Benwick senator</c> is someone else.
    /// </param>
    /// <param name="Abbreviated">
    /// Its role or office was written as an abbreviated title (<c>Sen. Jo Bloggs</c>, read as a senator): a description
    /// names a person whose role the article wrote out (<c>Benwick senator Jo Bloggs</c>) more surely.
    /// </param>
    /// <param name="AfterPronounSubject">
    /// The gender of <c>he</c> or <c>she</c> opening the clause before a name that is neither its sentence's subject nor marked
    /// (<c>He named Pike.</c>): the name is what that person acted on, never whom the same pronoun stands for next.
    /// </param>
    internal sealed record Mention(
        int Paragraph, int Index, string Name, MentionKind Kind, bool Strong, Gender Gender = Gender.Unknown, bool Subject = false,
        Gender PronounGender = Gender.Unknown, bool Listed = false, bool Speaks = false, string? Office = null, string? Role = null,
        string? RoleQualifiers = null, bool Abbreviated = false, Gender AfterPronounSubject = Gender.Unknown)
    {
        public bool IsBefore(int paragraph, int index) => Paragraph < paragraph || (Paragraph == paragraph && Index < index);
    }
}
