namespace SeedModels.Tests
{
    /// <summary>
    /// An invented story of Port Veldra adding evening ferries: the headline, byline and first paragraph
    /// (<see cref="Top"/>), a middle paragraph (<see cref="Middle"/>) and the last paragraph (<see cref="End"/>).
    /// </summary>
    internal static class PortVeldraFerryStory
    {
        public const string Top = "Port Veldra adds evening ferries to Senn\n\nBy Mira Castell\n\nThe Port Veldra harbour board on Tuesday approved a new timetable that adds four evening sailings to the island of Senn. The vote was unanimous.\n\n";

        public const string Middle = "The change follows two years of complaints from commuters who said the last boat left too early for shift workers.";

        public const string End = "\n\nThe new timetable takes effect on the first Monday of March. The board will review it after a year.";
    }
}
