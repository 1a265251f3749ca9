namespace SeedModels.Extraction.Text
{
    /// <summary>Words for the speaker rules that read offices and the capitals that look like organisations.</summary>
    internal static partial class Lexicon
    {
        /// <summary>
        /// A country's capitals (<c>UK chocolate group …</c>, <c>US officials</c>): a place, never the organisation
        /// <c>the company</c> or <c>it</c> stands for.
        /// </summary>
        public static readonly WordSet CountryAbbreviations = Set("uk us usa uae nz prc drc");
    }
}
