using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// The paper an author writes for, glued to her name by a slash (<c>By Jane Doe/Westhaven Daily Journal</c>): a slash between
    /// letters joins two people's names (<c>Jane Doe/John Roe</c>), but a publication's name after it is her employer.
    /// </summary>
    internal static partial class BylineDetector
    {
        /// <summary>
        /// Whether tokens from <paramref name="i"/> to the line's end are the employer's name after a glued slash; a wire's name
        /// there is also the dateline's agency. Only after a person's name: the slash follows the author.
        /// </summary>
        private static bool IsGluedEmployer(LineTokens t, int i, BylineReading reading)
        {
            if (!reading.NamesPerson || !IsEmployer(t, i))
            {
                return false;
            }

            var agencyEnd = AgencyEnd(t, i);
            reading.Agency ??= agencyEnd == t.Count ? t.Span(i, agencyEnd) : null;
            return true;
        }
    }
}
