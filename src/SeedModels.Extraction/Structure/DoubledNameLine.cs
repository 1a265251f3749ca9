namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// An author box copied with its picture: the picture's alternative text is the author's name, printed again on the line
    /// under it (<c>Jane Roe</c> / <c>Jane Roe</c> / <c>Jane Roe is a freelance writer …</c>).
    /// </summary>
    internal static class DoubledNameLine
    {
        /// <summary>A name line longer than this is no name alone.</summary>
        private const int MaxNameLength = 60;

        /// <summary>Whether the unit is three lines, the first two the same short line.</summary>
        public static bool Is(Unit unit)
        {
            if (unit.LineCount != 3 || unit.Content.PartCount != 3)
            {
                return false;
            }

            var text = unit.Text;
            var second = unit.Content.PartStart(1);
            var third = unit.Content.PartStart(2);
            var first = text.Substring(0, second).Trim();
            return first.Length > 0 && first.Length <= MaxNameLength && string.Equals(first, text.Substring(second, third - second).Trim(), System.StringComparison.Ordinal);
        }
    }
}
