using System.Collections.Generic;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Queries over the unit list that several detectors share.</summary>
    internal static class Units
    {
        /// <summary>
        /// The index of the last undecided (body) unit, -1 when there is none: "is there body after i" is then one
        /// comparison, so a detector's loop stays linear however long the article.
        /// </summary>
        public static int LastText(List<Unit> units)
        {
            for (var i = units.Count - 1; i >= 0; i--)
            {
                if (units[i].Kind == UnitKind.Text)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
