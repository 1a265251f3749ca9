using System.Collections.Generic;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Queries over the unit list that several detectors share.</summary>
    internal static class Units
    {
        /// <summary>Whether undecided text (body) follows <paramref name="index"/>.</summary>
        public static bool HasTextAfter(List<Unit> units, int index)
        {
            for (var i = index + 1; i < units.Count; i++)
            {
                if (units[i].Kind == UnitKind.Text)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
